package org.tandem.core.scenario;

import java.util.List;

/**
 * What reverses a step while it holds.
 *
 * @param events stochastic events that can reverse it, each with {@code probability}
 * @param when a condition that reverses it in any month it holds, or null
 */
public record Reversal(List<String> events, double probability, Expression when) {
  public Reversal {
    events = List.copyOf(events);
  }
}
