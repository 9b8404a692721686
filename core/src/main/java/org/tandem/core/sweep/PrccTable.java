package org.tandem.core.sweep;

import java.util.List;

/** Latin hypercube results: partial rank correlations, output by output, parameters in the order given. */
public record PrccTable(List<Correlation> correlations) implements Analysis {
  public PrccTable {
    correlations = List.copyOf(correlations);
  }
}
