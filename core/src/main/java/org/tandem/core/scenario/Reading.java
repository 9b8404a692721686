package org.tandem.core.scenario;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;

/** What one file's reading shares: its name, the problems found, and the numbers seen. */
final class Reading {
  final String source;
  final Problems problems;
  final List<Assumption> assumptions = new ArrayList<>();
  final List<Reference> references = new ArrayList<>();

  Reading(String source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  Location at(Node node) {
    return YamlTree.location(source, node);
  }

  void reference(Reference.Kind kind, String id, String scope, String field, Node node) {
    if (!id.isEmpty()) {
      references.add(new Reference(kind, id, scope, field, at(node)));
    }
  }

  void error(String code, Node node, String message) {
    problems.error(code, at(node), message);
  }
}
