package org.tandem.core.scenario.expr;

import java.util.Locale;
import java.util.StringJoiner;

/** Writes an expression tree back as canonical text, with parentheses only where needed. */
public final class ExprPrinter {
  private ExprPrinter() {}

  public static String print(Expr e) {
    return print(e, 0);
  }

  private static String print(Expr e, int outer) {
    if (e instanceof Expr.NumberLit n) {
      double v = n.value();
      return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
    if (e instanceof Expr.BoolLit b) {
      return Boolean.toString(b.value());
    }
    if (e instanceof Expr.MonthLit m) {
      return String.format(Locale.ROOT, "%04d-%02d", m.year(), m.month());
    }
    if (e instanceof Expr.Name n) {
      return n.id();
    }
    if (e instanceof Expr.Call c) {
      StringJoiner args = new StringJoiner(", ", c.function() + "(", ")");
      c.args().forEach(a -> args.add(print(a, 0)));
      return args.toString();
    }
    if (e instanceof Expr.Not n) {
      return wrap("not " + print(n.operand(), 3), 3, outer);
    }
    if (e instanceof Expr.Negate n) {
      return "-" + print(n.operand(), 7);
    }
    Expr.Binary b = (Expr.Binary) e;
    int p = precedence(b.op());
    String text = print(b.left(), p) + " " + b.op().symbol() + " " + print(b.right(), p + 1);
    return wrap(text, p, outer);
  }

  private static int precedence(Expr.Op op) {
    switch (op) {
      case OR:
        return 1;
      case AND:
        return 2;
      case ADD:
      case SUB:
        return 5;
      case MUL:
      case DIV:
        return 6;
      default:
        return 4;
    }
  }

  private static String wrap(String text, int own, int outer) {
    return own < outer ? "(" + text + ")" : text;
  }
}
