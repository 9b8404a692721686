package org.tandem.core.sim;

/** An expression evaluated by its compiled bytecode rather than by walking its tree. */
final class GeneratedNode extends Node {
  private final GeneratedExpressions code;
  private final int id;

  GeneratedNode(GeneratedExpressions code, int id) {
    this.code = code;
    this.id = id;
  }

  @Override
  double num(State s) {
    return code.num(id, s);
  }

  @Override
  boolean test(State s) {
    return code.test(id, s);
  }
}
