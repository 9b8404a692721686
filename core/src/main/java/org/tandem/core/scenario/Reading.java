package org.tandem.core.scenario;

import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Node;
import org.tandem.core.error.Location;
import org.tandem.core.error.Problems;

/** What one file's reading shares: its name and text, the problems found, and the numbers seen. */
final class Reading {
  final String source;
  final String text;
  final Problems problems;
  final List<Assumption> assumptions = new ArrayList<>();
  final List<Reference> references = new ArrayList<>();

  private int[] lineStarts;

  Reading(String source, String text, Problems problems) {
    this.source = source;
    this.text = text;
    this.problems = problems;
  }

  /** Where each line of the text starts (0-based line to char index), computed once. */
  int[] lineStarts() {
    if (lineStarts == null) {
      int count = 1;
      for (int i = 1; i <= text.length(); i++) {
        if (YamlTree.startsLine(text, i)) {
          count++;
        }
      }
      lineStarts = new int[count];
      int line = 1;
      for (int i = 1; i <= text.length(); i++) {
        if (YamlTree.startsLine(text, i)) {
          lineStarts[line++] = i;
        }
      }
    }
    return lineStarts;
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
