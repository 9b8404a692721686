package org.tandem.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Unmodifiable copies of maps that keep their order. {@code Map.copyOf} iterates in an order that
 * changes from one JVM to the next, and results are written in their maps' order: the same seed
 * must give the same bytes in every run.
 */
public final class OrderedMaps {
  private OrderedMaps() {}

  public static <K, V> Map<K, V> copyOf(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
