package org.tandem.core.sim;

/** The compiled expression nodes. Each is a tiny final class so that evaluation allocates nothing. */
final class Nodes {
  private Nodes() {}

  static final class Constant extends Node {
    private final double value;

    Constant(double value) {
      this.value = value;
    }

    @Override
    double num(State s) {
      return value;
    }
  }

  static final class Truth extends Node {
    private final boolean value;

    Truth(boolean value) {
      this.value = value;
    }

    @Override
    boolean test(State s) {
      return value;
    }
  }

  /** Built-in variables. */
  static final class Builtin extends Node {
    static final int DATE = 0;
    static final int MONTH = 1;
    static final int SINCE_PROGRESS = 2;
    static final int WARHEADS = 3;
    static final int MATERIAL = 4;
    private final int which;

    Builtin(int which) {
      this.which = which;
    }

    @Override
    double num(State s) {
      switch (which) {
        case DATE:
          return s.date();
        case MONTH:
          return s.month();
        case SINCE_PROGRESS:
          return s.monthsSinceProgress();
        case WARHEADS:
          return s.warheads();
        default:
          return s.material();
      }
    }
  }

  static final class Variable extends Node {
    final int index;

    Variable(int index) {
      this.index = index;
    }

    @Override
    double num(State s) {
      return s.variable(index);
    }
  }

  /** {@code proposed(x)} ... {@code verified(x)}: reached at least {@code stage} and not reversed. */
  static final class AtLeast extends Node {
    final int step;
    final int stage;

    AtLeast(int step, int stage) {
      this.step = step;
      this.stage = stage;
    }

    @Override
    boolean test(State s) {
      int current = s.stage(step);
      return current >= stage && current != StepStage.REVERSED;
    }
  }

  static final class Reversed extends Node {
    final int step;

    Reversed(int step) {
      this.step = step;
    }

    @Override
    boolean test(State s) {
      return s.stage(step) == StepStage.REVERSED;
    }
  }

  static final class Reached extends Node {
    private final int milestone;

    Reached(int milestone) {
      this.milestone = milestone;
    }

    @Override
    boolean test(State s) {
      return s.milestoneHolds(milestone);
    }
  }

  static final class Progress extends Node {
    private final int track;

    Progress(int track) {
      this.track = track;
    }

    @Override
    double num(State s) {
      return s.progress(track);
    }
  }

  static final class Space extends Node {
    private final int actor;

    Space(int actor) {
      this.actor = actor;
    }

    @Override
    double num(State s) {
      return s.space(actor);
    }
  }

  static final class PositionOf extends Node {
    private final int actor;
    private final int issue;

    PositionOf(int actor, int issue) {
      this.actor = actor;
      this.issue = issue;
    }

    @Override
    double num(State s) {
      return s.position(actor, issue);
    }
  }

  static final class IssueState extends Node {
    private final int issue;

    IssueState(int issue) {
      this.issue = issue;
    }

    @Override
    double num(State s) {
      return s.issueState(issue);
    }
  }

  static final class InProfile extends Node {
    private final int actor;
    private final int profile;

    InProfile(int actor, int profile) {
      this.actor = actor;
      this.profile = profile;
    }

    @Override
    boolean test(State s) {
      return s.profile(actor) == profile;
    }
  }

  static final class HadOutcome extends Node {
    private final int event;
    private final int outcome;

    HadOutcome(int event, int outcome) {
      this.event = event;
      this.outcome = outcome;
    }

    @Override
    boolean test(State s) {
      return s.outcome(event) == outcome;
    }
  }

  static final class Count extends Node {
    private final int event;

    Count(int event) {
      this.event = event;
    }

    @Override
    double num(State s) {
      return s.count(event);
    }
  }

  static final class MonthsSince extends Node {
    private final int event;

    MonthsSince(int event) {
      this.event = event;
    }

    @Override
    double num(State s) {
      return s.monthsSince(event);
    }
  }

  static final class Not extends Node {
    final Node operand;

    Not(Node operand) {
      this.operand = operand;
    }

    @Override
    boolean test(State s) {
      return !operand.test(s);
    }
  }

  static final class Negate extends Node {
    private final Node operand;

    Negate(Node operand) {
      this.operand = operand;
    }

    @Override
    double num(State s) {
      return -operand.num(s);
    }
  }

  static final class And extends Node {
    final Node left;
    final Node right;

    And(Node left, Node right) {
      this.left = left;
      this.right = right;
    }

    @Override
    boolean test(State s) {
      return left.test(s) && right.test(s);
    }
  }

  static final class Or extends Node {
    final Node left;
    final Node right;

    Or(Node left, Node right) {
      this.left = left;
      this.right = right;
    }

    @Override
    boolean test(State s) {
      return left.test(s) || right.test(s);
    }
  }

  /** Arithmetic on two numbers. */
  static final class Arithmetic extends Node {
    static final int ADD = 0;
    static final int SUB = 1;
    static final int MUL = 2;
    static final int DIV = 3;
    private final int op;
    private final Node left;
    private final Node right;

    Arithmetic(int op, Node left, Node right) {
      this.op = op;
      this.left = left;
      this.right = right;
    }

    @Override
    double num(State s) {
      double a = left.num(s);
      double b = right.num(s);
      switch (op) {
        case ADD:
          return a + b;
        case SUB:
          return a - b;
        case MUL:
          return a * b;
        default:
          // Division by zero yields 0: a scenario's rule must not blow up a run (documented).
          return b == 0 ? 0 : a / b;
      }
    }
  }

  /**
   * A variable or built-in number compared with a constant, the commonest condition of scenarios
   * (thresholds such as {@code tension >= 0.9}): evaluated without the general comparison's two
   * child nodes, and kept as this node even when the other expressions run as generated code (one
   * class for every threshold measured about 5% faster on korea-2012 than a generated class each).
   */
  static final class Threshold extends Node {
    private final int variable;
    private final Builtin builtin;
    private final int op;
    private final double constant;
    /** The comparison as written, for blocker reports. */
    final String text;

    /** @param variable the variable's index, or -1 to read {@code builtin} */
    Threshold(int variable, Builtin builtin, int op, double constant, String text) {
      this.variable = variable;
      this.builtin = builtin;
      this.op = op;
      this.constant = constant;
      this.text = text;
    }

    @Override
    boolean test(State s) {
      return Compare.compare(op, variable >= 0 ? s.variable(variable) : builtin.num(s), constant);
    }
  }

  /** A comparison of two numbers, or equality of two conditions. */
  static final class Compare extends Node {
    static final int LT = 0;
    static final int LE = 1;
    static final int GT = 2;
    static final int GE = 3;
    static final int EQ = 4;
    static final int NE = 5;
    private final int op;
    private final Node left;
    private final Node right;
    private final boolean conditions;
    /** The comparison as written, for blocker reports. */
    final String text;

    Compare(int op, Node left, Node right, boolean conditions, String text) {
      this.op = op;
      this.left = left;
      this.right = right;
      this.conditions = conditions;
      this.text = text;
    }

    @Override
    boolean test(State s) {
      if (conditions) {
        boolean equal = left.test(s) == right.test(s);
        return op == EQ ? equal : !equal;
      }
      return compare(op, left.num(s), right.num(s));
    }

    static boolean compare(int op, double a, double b) {
      switch (op) {
        case LT:
          return a < b;
        case LE:
          return a <= b;
        case GT:
          return a > b;
        case GE:
          return a >= b;
        case EQ:
          return a == b;
        default:
          return a != b;
      }
    }
  }

  static final class MinMax extends Node {
    private final boolean max;
    private final Node left;
    private final Node right;

    MinMax(boolean max, Node left, Node right) {
      this.max = max;
      this.left = left;
      this.right = right;
    }

    @Override
    double num(State s) {
      double a = left.num(s);
      double b = right.num(s);
      return max ? Math.max(a, b) : Math.min(a, b);
    }
  }

  static final class Abs extends Node {
    private final Node operand;

    Abs(Node operand) {
      this.operand = operand;
    }

    @Override
    double num(State s) {
      return Math.abs(operand.num(s));
    }
  }

  static final class Clamp extends Node {
    private final Node value;
    private final Node lo;
    private final Node hi;

    Clamp(Node value, Node lo, Node hi) {
      this.value = value;
      this.lo = lo;
      this.hi = hi;
    }

    @Override
    double num(State s) {
      return Math.min(Math.max(value.num(s), lo.num(s)), hi.num(s));
    }
  }

  static final class If extends Node {
    private final Node condition;
    private final Node then;
    private final Node otherwise;

    If(Node condition, Node then, Node otherwise) {
      this.condition = condition;
      this.then = then;
      this.otherwise = otherwise;
    }

    @Override
    double num(State s) {
      return condition.test(s) ? then.num(s) : otherwise.num(s);
    }

    @Override
    boolean test(State s) {
      return condition.test(s) ? then.test(s) : otherwise.test(s);
    }
  }
}
