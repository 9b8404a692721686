package org.tandem.core.result;

import java.util.Locale;

/**
 * How often, and by when, a step was agreed, implemented and verified across runs.
 *
 * @param agreed share of runs in which the step was ever agreed by the horizon
 * @param implemented share of runs in which it was ever implemented
 * @param verified share of runs in which it was ever verified
 * @param reversed share of runs in which it was ever reversed
 * @param agreedBy share of runs in which it had been agreed by the end of each simulated month
 *     (the first agreement counts; a later reversal does not undo it), one value per month; empty
 *     when not known (a result read back from JSON)
 * @param implementedBy as {@code agreedBy}, for implementation
 * @param verifiedBy as {@code agreedBy}, for verification
 */
public record StepResult(
    String id, String track, double agreed, double implemented, double verified, double reversed,
    double[] agreedBy, double[] implementedBy, double[] verifiedBy) {

  /** The stages whose timing is kept per step. */
  public enum Stage {
    AGREED,
    IMPLEMENTED,
    VERIFIED;

    /** The lower-case name used in output. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public StepResult {
    agreedBy = agreedBy.clone();
    implementedBy = implementedBy.clone();
    verifiedBy = verifiedBy.clone();
  }

  /** A step result without timing by month. */
  public StepResult(String id, String track, double agreed, double implemented, double verified, double reversed) {
    this(id, track, agreed, implemented, verified, reversed, new double[0], new double[0], new double[0]);
  }

  /** The share of runs that had reached {@code stage} by the end of each month. */
  public double[] by(Stage stage) {
    return switch (stage) {
      case AGREED -> agreedBy;
      case IMPLEMENTED -> implementedBy;
      case VERIFIED -> verifiedBy;
    };
  }

  /** The share of runs that ever reached {@code stage} by the horizon. */
  public double ever(Stage stage) {
    return switch (stage) {
      case AGREED -> agreed;
      case IMPLEMENTED -> implemented;
      case VERIFIED -> verified;
    };
  }

  @Override
  public String toString() {
    return "StepResult[id=" + id + ", track=" + track + ", agreed=" + agreed + ", implemented=" + implemented
        + ", verified=" + verified + ", reversed=" + reversed + "]";
  }
}
