package org.tandem.core.sim;

import static org.objectweb.asm.Opcodes.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.tandem.core.scenario.Expression;
import org.tandem.core.scenario.expr.Expr;

/**
 * Writes a scenario's expressions as bytecode, directly (no Java compiler is needed at run time):
 * each expression added with {@link #add} as a {@link Node} class of its own, and the environment's
 * update rules and the stochastic events' hazards as one class implementing {@link
 * GeneratedExpressions}, one method each, so that a month computes them in one call. The code does
 * exactly the operations of the tree interpreter ({@link ExpressionCompiler}), with Java's own
 * rules: comparisons of numbers are false for NaN, division by zero gives 0, {@code and} and
 * {@code or} stop at the first operand that decides them.
 */
final class ExpressionBytecode {
  private static final String STATE = "org/tandem/core/sim/State";
  private static final String TO_BOOLEAN = "(Lorg/tandem/core/sim/State;)Z";
  private static final String TO_DOUBLE = "(Lorg/tandem/core/sim/State;)D";
  private static final String NODE = "org/tandem/core/sim/Node";

  private final Indexes indexes;
  private final List<Expression> expressions = new ArrayList<>();
  private final List<Boolean> conditions = new ArrayList<>();
  /** The ids that get a node class: those added with {@link #add}. */
  private final java.util.BitSet nodes = new java.util.BitSet();
  /** Pairs of variable index and the id of its update rule. */
  private final List<int[]> updates = new ArrayList<>();
  private final List<Hazard> hazards = new ArrayList<>();
  /** The class being written, and the local that holds the State in its expression methods. */
  private String owner;
  private int stateSlot;

  /** @param factors the id of each factor's condition, or -1 for a factor that always applies */
  private record Hazard(int event, double base, int[] factors, double[] times) {}

  ExpressionBytecode(Indexes indexes) {
    this.indexes = indexes;
  }

  /** Adds an expression, to be written as a node class; returns its id. */
  int add(Expression e, boolean condition) {
    int id = part(e, condition);
    nodes.set(id);
    return id;
  }

  /** Adds an expression written only as a part of the update or hazard methods. */
  private int part(Expression e, boolean condition) {
    expressions.add(e);
    conditions.add(condition);
    return expressions.size() - 1;
  }

  /** Whether expression {@code id} gets a node class. */
  boolean isNode(int id) {
    return nodes.get(id);
  }

  /** Adds variable {@code v}'s update rule to the generated {@code update}. */
  void update(int v, Expression e) {
    updates.add(new int[] {v, part(e, false)});
  }

  /**
   * Adds stochastic event {@code event}'s hazard to the generated {@code hazard}: the base times each
   * factor whose condition holds (a factor without one always applies), multiplied in the order
   * given, as the engine does.
   */
  void hazard(int event, double base, List<Expression> when, double[] times) {
    int[] factors = new int[times.length];
    for (int f = 0; f < times.length; f++) {
      factors[f] = when.get(f) == null ? -1 : part(when.get(f), true);
    }
    hazards.add(new Hazard(event, base, factors, times.clone()));
  }

  int size() {
    return expressions.size();
  }

  /**
   * The class file of the class with the whole environment update and every hazard, named {@code
   * internalName} (slashes between package names), implementing {@link GeneratedExpressions}.
   */
  byte[] write(String internalName) {
    ClassWriter cw = start(internalName, "java/lang/Object", new String[] {"org/tandem/core/sim/GeneratedExpressions"});
    constructor(cw, "java/lang/Object");
    updateMethod(cw);
    hazardMethod(cw);
    java.util.BitSet used = new java.util.BitSet();
    updates.forEach(u -> used.set(u[1]));
    hazards.forEach(h -> java.util.Arrays.stream(h.factors()).filter(f -> f >= 0).forEach(used::set));
    stateSlot = 0;
    for (int i = used.nextSetBit(0); i >= 0; i = used.nextSetBit(i + 1)) {
      boolean condition = conditions.get(i);
      MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, "e" + i, condition ? TO_BOOLEAN : TO_DOUBLE,
          null, null);
      body(mv, i);
    }
    return finish(cw);
  }

  /**
   * The class file of a {@link Node} computing expression {@code id} (its {@code test} for a
   * condition, its {@code num} for a number), named {@code internalName}: a class of this package,
   * to be defined as a hidden class beside {@link Node}.
   */
  byte[] node(int id, String internalName) {
    ClassWriter cw = start(internalName, NODE, null);
    constructor(cw, NODE);
    boolean condition = conditions.get(id);
    MethodVisitor mv = cw.visitMethod(0, condition ? "test" : "num", condition ? TO_BOOLEAN : TO_DOUBLE, null, null);
    stateSlot = 1;
    body(mv, id);
    return finish(cw);
  }

  private ClassWriter start(String internalName, String superName, String[] interfaces) {
    owner = internalName;
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
      @Override
      protected String getCommonSuperClass(String type1, String type2) {
        return "java/lang/Object"; // the only references on the stack are States
      }
    };
    cw.visit(V17, ACC_FINAL | ACC_SUPER, internalName, null, superName, interfaces);
    return cw;
  }

  private static void constructor(ClassWriter cw, String superName) {
    MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(ALOAD, 0);
    init.visitMethodInsn(INVOKESPECIAL, superName, "<init>", "()V", false);
    init.visitInsn(RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();
  }

  /** Writes the code of expression {@code id}, returning its value, into {@code mv}. */
  private void body(MethodVisitor mv, int id) {
    mv.visitCode();
    if (conditions.get(id)) {
      condition(mv, expressions.get(id).root());
      mv.visitInsn(IRETURN);
    } else {
      number(mv, expressions.get(id).root());
      mv.visitInsn(DRETURN);
    }
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  private byte[] finish(ClassWriter cw) {
    atLeastMethod(cw);
    divMethod(cw);
    cw.visitEnd();
    return cw.toByteArray();
  }

  /** {@code update(State s, double[] next)}: next[v] = e{id}(s) for each update rule. */
  private void updateMethod(ClassWriter cw) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "update", "(Lorg/tandem/core/sim/State;[D)V", null, null);
    mv.visitCode();
    for (int[] update : updates) {
      mv.visitVarInsn(ALOAD, 2);
      push(mv, update[0]);
      mv.visitVarInsn(ALOAD, 1);
      mv.visitMethodInsn(INVOKESTATIC, owner, "e" + update[1], TO_DOUBLE, false);
      mv.visitInsn(DASTORE);
    }
    mv.visitInsn(RETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** {@code hazard(int event, State s)}: h = base; h *= times for each factor that applies; return h. */
  private void hazardMethod(ClassWriter cw) {
    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "hazard", "(ILorg/tandem/core/sim/State;)D", null, null);
    mv.visitCode();
    Label unknown = new Label();
    List<Hazard> sorted = new ArrayList<>(hazards);
    sorted.sort((a, b) -> Integer.compare(a.event(), b.event()));
    int[] keys = new int[sorted.size()];
    Label[] cases = new Label[sorted.size()];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = sorted.get(k).event();
      cases[k] = new Label();
    }
    mv.visitVarInsn(ILOAD, 1);
    mv.visitLookupSwitchInsn(unknown, keys, cases);
    for (int k = 0; k < keys.length; k++) {
      Hazard h = sorted.get(k);
      mv.visitLabel(cases[k]);
      mv.visitLdcInsn(h.base());
      mv.visitVarInsn(DSTORE, 3);
      for (int f = 0; f < h.factors().length; f++) {
        Label skip = new Label();
        if (h.factors()[f] >= 0) {
          mv.visitVarInsn(ALOAD, 2);
          mv.visitMethodInsn(INVOKESTATIC, owner, "e" + h.factors()[f], TO_BOOLEAN, false);
          mv.visitJumpInsn(IFEQ, skip);
        }
        mv.visitVarInsn(DLOAD, 3);
        mv.visitLdcInsn(h.times()[f]);
        mv.visitInsn(DMUL);
        mv.visitVarInsn(DSTORE, 3);
        mv.visitLabel(skip);
      }
      mv.visitVarInsn(DLOAD, 3);
      mv.visitInsn(DRETURN);
    }
    mv.visitLabel(unknown);
    throwUnknown(mv, "no hazard for this event");
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** {@code atLeast(State s, int step, int stage)}: the step has reached the stage and is not reversed. */
  private void atLeastMethod(ClassWriter cw) {
    MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, "atLeast", "(Lorg/tandem/core/sim/State;II)Z",
        null, null);
    mv.visitCode();
    Label no = new Label();
    mv.visitVarInsn(ALOAD, 0);
    mv.visitVarInsn(ILOAD, 1);
    mv.visitMethodInsn(INVOKEINTERFACE, STATE, "stage", "(I)I", true);
    mv.visitVarInsn(ISTORE, 3);
    mv.visitVarInsn(ILOAD, 3);
    mv.visitVarInsn(ILOAD, 2);
    mv.visitJumpInsn(IF_ICMPLT, no);
    mv.visitVarInsn(ILOAD, 3);
    push(mv, StepStage.REVERSED);
    mv.visitJumpInsn(IF_ICMPEQ, no);
    mv.visitInsn(ICONST_1);
    mv.visitInsn(IRETURN);
    mv.visitLabel(no);
    mv.visitInsn(ICONST_0);
    mv.visitInsn(IRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  /** {@code div(double a, double b)}: a / b, or 0 when b is 0 (as the tree interpreter divides). */
  private void divMethod(ClassWriter cw) {
    MethodVisitor mv = cw.visitMethod(ACC_PRIVATE | ACC_STATIC, "div", "(DD)D", null, null);
    mv.visitCode();
    Label divide = new Label();
    mv.visitVarInsn(DLOAD, 2);
    mv.visitInsn(DCONST_0);
    mv.visitInsn(DCMPL);
    mv.visitJumpInsn(IFNE, divide);
    mv.visitInsn(DCONST_0);
    mv.visitInsn(DRETURN);
    mv.visitLabel(divide);
    mv.visitVarInsn(DLOAD, 0);
    mv.visitVarInsn(DLOAD, 2);
    mv.visitInsn(DDIV);
    mv.visitInsn(DRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
  }

  // ---- expressions; the State is local stateSlot (0 in the static e{id}, 1 in a node's method) ----

  /** Leaves the number {@code node} computes on the stack (a double). */
  private void number(MethodVisitor mv, Expr node) {
    if (node instanceof Expr.NumberLit n) {
      mv.visitLdcInsn(n.value());
    } else if (node instanceof Expr.MonthLit m) {
      mv.visitLdcInsn((double) m.index());
    } else if (node instanceof Expr.Name n) {
      name(mv, n.id());
    } else if (node instanceof Expr.Negate n) {
      number(mv, n.operand());
      mv.visitInsn(DNEG);
    } else if (node instanceof Expr.Binary b && b.op().isArithmetic()) {
      number(mv, b.left());
      number(mv, b.right());
      switch (b.op()) {
        case ADD -> mv.visitInsn(DADD);
        case SUB -> mv.visitInsn(DSUB);
        case MUL -> mv.visitInsn(DMUL);
        default -> mv.visitMethodInsn(INVOKESTATIC, owner, "div", "(DD)D", false);
      }
    } else if (node instanceof Expr.Call c) {
      numberCall(mv, c);
    } else {
      throw new IllegalArgumentException("not a number: " + node);
    }
  }

  private void numberCall(MethodVisitor mv, Expr.Call c) {
    List<Expr> a = c.args();
    switch (c.function()) {
      case "progress" -> state(mv, "progress", "(I)D", indexes.track(a.get(0)));
      case "space" -> state(mv, "space", "(I)D", indexes.actor(a.get(0)));
      case "position" -> state(mv, "position", "(II)D", indexes.actor(a.get(0)), indexes.issue(a.get(1)));
      case "state" -> state(mv, "issueState", "(I)D", indexes.issue(a.get(0)));
      case "count" -> {
        state(mv, "count", "(I)I", indexes.event(a.get(0)));
        mv.visitInsn(I2D);
      }
      case "months-since" -> {
        state(mv, "monthsSince", "(I)I", indexes.event(a.get(0)));
        mv.visitInsn(I2D);
      }
      case "min", "max" -> {
        number(mv, a.get(0));
        number(mv, a.get(1));
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", c.function(), "(DD)D", false);
      }
      case "abs" -> {
        number(mv, a.get(0));
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "abs", "(D)D", false);
      }
      case "clamp" -> {
        number(mv, a.get(0));
        number(mv, a.get(1));
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "max", "(DD)D", false);
        number(mv, a.get(2));
        mv.visitMethodInsn(INVOKESTATIC, "java/lang/Math", "min", "(DD)D", false);
      }
      case "if" -> choice(mv, a, this::number);
      default -> throw new IllegalArgumentException("not a number: " + c.function());
    }
  }

  private void name(MethodVisitor mv, String id) {
    switch (id) {
      case "date" -> intState(mv, "date");
      case "month" -> intState(mv, "month");
      case "months-since-progress" -> intState(mv, "monthsSinceProgress");
      case "warheads" -> state(mv, "warheads", "()D");
      case "material" -> state(mv, "material", "()D");
      default -> state(mv, "variable", "(I)D", Indexes.require(indexes.variables, id, "variable"));
    }
  }

  private void intState(MethodVisitor mv, String method) {
    state(mv, method, "()I");
    mv.visitInsn(I2D);
  }

  /** Leaves the truth of {@code node} on the stack (an int, 0 or 1). */
  private void condition(MethodVisitor mv, Expr node) {
    if (node instanceof Expr.BoolLit b) {
      mv.visitInsn(b.value() ? ICONST_1 : ICONST_0);
    } else if (node instanceof Expr.Not n) {
      condition(mv, n.operand());
      mv.visitInsn(ICONST_1);
      mv.visitInsn(IXOR);
    } else if (node instanceof Expr.Binary b && b.op() == Expr.Op.AND) {
      Label no = new Label();
      Label end = new Label();
      condition(mv, b.left());
      mv.visitJumpInsn(IFEQ, no);
      condition(mv, b.right());
      mv.visitJumpInsn(GOTO, end);
      mv.visitLabel(no);
      mv.visitInsn(ICONST_0);
      mv.visitLabel(end);
    } else if (node instanceof Expr.Binary b && b.op() == Expr.Op.OR) {
      Label yes = new Label();
      Label end = new Label();
      condition(mv, b.left());
      mv.visitJumpInsn(IFNE, yes);
      condition(mv, b.right());
      mv.visitJumpInsn(GOTO, end);
      mv.visitLabel(yes);
      mv.visitInsn(ICONST_1);
      mv.visitLabel(end);
    } else if (node instanceof Expr.Binary b && b.op().isComparison()) {
      comparison(mv, b);
    } else if (node instanceof Expr.Call c) {
      conditionCall(mv, c);
    } else {
      throw new IllegalArgumentException("not a condition: " + node);
    }
  }

  /**
   * A comparison, as Java compiles one: numbers with dcmpg for {@code <} and {@code <=} and dcmpl
   * for the others, so that NaN makes every comparison false except {@code !=}; two conditions by
   * their truth values.
   */
  private void comparison(MethodVisitor mv, Expr.Binary b) {
    int jumpIfFalse;
    if (ExpressionCompiler.isCondition(b.left())) {
      condition(mv, b.left());
      condition(mv, b.right());
      jumpIfFalse = b.op() == Expr.Op.EQ ? IF_ICMPNE : IF_ICMPEQ;
    } else {
      number(mv, b.left());
      number(mv, b.right());
      boolean lessThan = b.op() == Expr.Op.LT || b.op() == Expr.Op.LE;
      mv.visitInsn(lessThan ? DCMPG : DCMPL);
      jumpIfFalse = switch (b.op()) {
        case LT -> IFGE;
        case LE -> IFGT;
        case GT -> IFLE;
        case GE -> IFLT;
        case EQ -> IFNE;
        default -> IFEQ; // NE
      };
    }
    truthOfJump(mv, jumpIfFalse);
  }

  private void conditionCall(MethodVisitor mv, Expr.Call c) {
    List<Expr> a = c.args();
    switch (c.function()) {
      case "proposed" -> atLeast(mv, indexes.step(a.get(0)), StepStage.PROPOSED);
      case "agreed", "implementing" -> atLeast(mv, indexes.step(a.get(0)), StepStage.IMPLEMENTING);
      case "implemented" -> atLeast(mv, indexes.step(a.get(0)), StepStage.IMPLEMENTED);
      case "verified" -> atLeast(mv, indexes.step(a.get(0)), StepStage.VERIFIED);
      case "reversed" -> stateEquals(mv, "stage", indexes.step(a.get(0)), StepStage.REVERSED);
      case "reached" -> state(mv, "milestoneHolds", "(I)Z", indexes.milestone(a.get(0)));
      case "profile" -> stateEquals(mv, "profile", indexes.actor(a.get(0)), indexes.profile(a.get(0), a.get(1)));
      case "outcome" -> stateEquals(mv, "outcome", indexes.event(a.get(0)), indexes.outcome(a.get(0), a.get(1)));
      case "if" -> choice(mv, a, this::condition);
      default -> throw new IllegalArgumentException("not a condition: " + c.function());
    }
  }

  /** {@code if(c, a, b)}: the condition, then the value of a or b as {@code value} writes it. */
  private void choice(MethodVisitor mv, List<Expr> args, java.util.function.BiConsumer<MethodVisitor, Expr> value) {
    Label otherwise = new Label();
    Label end = new Label();
    condition(mv, args.get(0));
    mv.visitJumpInsn(IFEQ, otherwise);
    value.accept(mv, args.get(1));
    mv.visitJumpInsn(GOTO, end);
    mv.visitLabel(otherwise);
    value.accept(mv, args.get(2));
    mv.visitLabel(end);
  }

  /** Whether {@code s.method(arg)}, an int, equals {@code value}. */
  private void stateEquals(MethodVisitor mv, String method, int arg, int value) {
    state(mv, method, "(I)I", arg);
    push(mv, value);
    truthOfJump(mv, IF_ICMPNE);
  }

  private void atLeast(MethodVisitor mv, int step, int stage) {
    mv.visitVarInsn(ALOAD, stateSlot);
    push(mv, step);
    push(mv, stage);
    mv.visitMethodInsn(INVOKESTATIC, owner, "atLeast", "(Lorg/tandem/core/sim/State;II)Z", false);
  }

  /** Consumes what {@code jumpIfFalse} tests and leaves 1 when it does not jump, 0 when it does. */
  private static void truthOfJump(MethodVisitor mv, int jumpIfFalse) {
    Label no = new Label();
    Label end = new Label();
    mv.visitJumpInsn(jumpIfFalse, no);
    mv.visitInsn(ICONST_1);
    mv.visitJumpInsn(GOTO, end);
    mv.visitLabel(no);
    mv.visitInsn(ICONST_0);
    mv.visitLabel(end);
  }

  /** Calls {@code s.method(args...)} on the State. */
  private void state(MethodVisitor mv, String method, String descriptor, int... args) {
    mv.visitVarInsn(ALOAD, stateSlot);
    for (int arg : args) {
      push(mv, arg);
    }
    mv.visitMethodInsn(INVOKEINTERFACE, STATE, method, descriptor, true);
  }

  private static void push(MethodVisitor mv, int value) {
    if (value >= -1 && value <= 5) {
      mv.visitInsn(ICONST_0 + value);
    } else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) {
      mv.visitIntInsn(BIPUSH, value);
    } else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) {
      mv.visitIntInsn(SIPUSH, value);
    } else {
      mv.visitLdcInsn(value);
    }
  }

  private static void throwUnknown(MethodVisitor mv, String message) {
    mv.visitTypeInsn(NEW, "java/lang/IllegalArgumentException");
    mv.visitInsn(DUP);
    mv.visitLdcInsn(message);
    mv.visitMethodInsn(INVOKESPECIAL, "java/lang/IllegalArgumentException", "<init>", "(Ljava/lang/String;)V", false);
    mv.visitInsn(ATHROW);
  }
}
