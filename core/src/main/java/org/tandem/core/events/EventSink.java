package org.tandem.core.events;

/**
 * Receives every accepted row of a read, in input order, on the reading thread (used to store
 * events; aggregation alone needs none).
 */
@FunctionalInterface
public interface EventSink {
  void accept(EventRecord event);
}
