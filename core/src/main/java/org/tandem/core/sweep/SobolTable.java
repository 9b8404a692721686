package org.tandem.core.sweep;

import java.util.List;

/** Saltelli-design results: Sobol' indices, output by output, parameters in the order given. */
public record SobolTable(List<SobolIndex> indices) implements Analysis {
  public SobolTable {
    indices = List.copyOf(indices);
  }
}
