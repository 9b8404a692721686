package org.tandem.core.result;

import java.util.Locale;
import java.util.Map;
import org.tandem.core.OrderedMaps;

/**
 * How often, and by when, a step was agreed, implemented and verified across runs.
 *
 * @param agreed share of runs in which the step was ever agreed by the horizon
 * @param implemented share of runs in which it was ever implemented
 * @param verified share of runs in which it was ever verified
 * @param reversed share of runs in which it was ever reversed
 * @param byYear the shares that had reached each stage by the end of each calendar year ("2013" ->
 *     shares in December 2013, or in the horizon's month for its year)
 * @param agreedBy share of runs in which it had been agreed by the end of each simulated month
 *     (the first agreement counts; a later reversal does not undo it), one value per month; empty
 *     when not known (a result read back from JSON)
 * @param implementedBy as {@code agreedBy}, for implementation
 * @param verifiedBy as {@code agreedBy}, for verification
 */
public record StepResult(
    String id, String track, double agreed, double implemented, double verified, double reversed,
    Map<String, Shares> byYear, double[] agreedBy, double[] implementedBy, double[] verifiedBy) {

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

  /** Shares of runs that had reached each stage by some date. */
  public record Shares(double agreed, double implemented, double verified) {}

  public StepResult {
    byYear = OrderedMaps.copyOf(byYear);
    agreedBy = agreedBy.clone();
    implementedBy = implementedBy.clone();
    verifiedBy = verifiedBy.clone();
  }

  /** A step result without timing by month, such as one read back from JSON. */
  public StepResult(String id, String track, double agreed, double implemented, double verified, double reversed,
      Map<String, Shares> byYear) {
    this(id, track, agreed, implemented, verified, reversed, byYear, new double[0], new double[0], new double[0]);
  }

  /** A step result without any timing. */
  public StepResult(String id, String track, double agreed, double implemented, double verified, double reversed) {
    this(id, track, agreed, implemented, verified, reversed, Map.of());
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
