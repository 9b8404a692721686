package org.tandem.core.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Tarjan's strongly connected components of a small directed graph, in a stable order. */
final class StronglyConnected {
  private final Map<String, List<String>> edges;
  private final Map<String, Integer> index = new HashMap<>();
  private final Map<String, Integer> low = new HashMap<>();
  private final Deque<String> stack = new ArrayDeque<>();
  private final List<List<String>> components = new ArrayList<>();
  private int counter;

  StronglyConnected(Map<String, List<String>> edges) {
    this.edges = edges;
  }

  /** Components, each listed from the node first seen; every node belongs to exactly one. */
  List<List<String>> components() {
    for (String node : edges.keySet()) {
      if (!index.containsKey(node)) {
        visit(node);
      }
    }
    return components;
  }

  private void visit(String node) {
    index.put(node, counter);
    low.put(node, counter);
    counter++;
    stack.push(node);
    for (String next : edges.getOrDefault(node, List.of())) {
      if (!index.containsKey(next)) {
        visit(next);
        low.put(node, Math.min(low.get(node), low.get(next)));
      } else if (stack.contains(next)) {
        low.put(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node).equals(index.get(node))) {
      List<String> component = new ArrayList<>();
      String member;
      do {
        member = stack.pop();
        component.add(0, member);
      } while (!member.equals(node));
      components.add(component);
    }
  }
}
