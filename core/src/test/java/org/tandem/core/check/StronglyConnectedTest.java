package org.tandem.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StronglyConnectedTest {

  @Test
  void findsRingsAndLeavesOtherNodesAlone() {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    edges.put("a", List.of("b"));
    edges.put("b", List.of("c"));
    edges.put("c", List.of("a", "d"));
    edges.put("d", List.of());
    edges.put("e", List.of("e"));
    assertThat(new StronglyConnected(edges).components())
        .containsExactly(List.of("d"), List.of("a", "b", "c"), List.of("e"));
  }

  @Test
  void toleratesEdgesToNodesWithoutEdgesOfTheirOwn() {
    Map<String, List<String>> edges = new LinkedHashMap<>();
    edges.put("a", List.of("x"));
    assertThat(new StronglyConnected(edges).components()).containsExactly(List.of("x"), List.of("a"));
  }
}
