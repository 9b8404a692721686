package org.tandem.core.check;

/** A closed range of values a numeric expression can take; used to find impossible comparisons. */
record Interval(double lo, double hi) {
  static final Interval ANY = new Interval(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
  static final Interval NON_NEGATIVE = new Interval(0, Double.POSITIVE_INFINITY);

  static Interval point(double v) {
    return new Interval(v, v);
  }

  Interval plus(Interval o) {
    return new Interval(lo + o.lo, hi + o.hi);
  }

  Interval minus(Interval o) {
    return new Interval(lo - o.hi, hi - o.lo);
  }

  Interval times(Interval o) {
    double[] p = {mul(lo, o.lo), mul(lo, o.hi), mul(hi, o.lo), mul(hi, o.hi)};
    return hull(p);
  }

  Interval dividedBy(Interval o) {
    if (o.lo <= 0 && o.hi >= 0) {
      return ANY;
    }
    double[] p = {lo / o.lo, lo / o.hi, hi / o.lo, hi / o.hi};
    return hull(p);
  }

  Interval negate() {
    return new Interval(-hi, -lo);
  }

  Interval union(Interval o) {
    return new Interval(Math.min(lo, o.lo), Math.max(hi, o.hi));
  }

  private static double mul(double a, double b) {
    if ((a == 0 && Double.isInfinite(b)) || (b == 0 && Double.isInfinite(a))) {
      return 0;
    }
    return a * b;
  }

  private static Interval hull(double[] p) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double v : p) {
      if (Double.isNaN(v)) {
        return ANY;
      }
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return new Interval(lo, hi);
  }

  @Override
  public String toString() {
    return "[" + fmt(lo) + ", " + fmt(hi) + "]";
  }

  private static String fmt(double v) {
    if (Double.isInfinite(v)) {
      return v > 0 ? "inf" : "-inf";
    }
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
