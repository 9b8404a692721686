package org.tandem.store.tracker;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What has happened to a step of a tracked roadmap. The allowed order follows the life of a
 * provision: proposed, agreed, implementing, implemented, verified; a step that has started can
 * be suspended (as the DPRK halted disablement in August 2008) or reversed, and a proposal or
 * agreement can be withdrawn (as the US left the JCPOA in May 2018).
 */
public enum Status {
  PROPOSED,
  AGREED,
  IMPLEMENTING,
  IMPLEMENTED,
  VERIFIED,
  SUSPENDED,
  REVERSED,
  WITHDRAWN;

  /** The lower-case name used in commands, files and the database. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every label, in order. */
  public static List<String> labels() {
    return Arrays.stream(values()).map(Status::label).toList();
  }

  /** The status with this label, or empty. */
  public static Optional<Status> parse(String label) {
    for (Status s : values()) {
      if (s.label().equals(label)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Statuses that may follow {@code previous}; {@code null} means the step has no status yet. */
  public static Set<Status> allowedAfter(Status previous) {
    if (previous == null) {
      return EnumSet.of(PROPOSED, AGREED);
    }
    return switch (previous) {
      case PROPOSED -> EnumSet.of(AGREED, WITHDRAWN);
      case AGREED -> EnumSet.of(IMPLEMENTING, IMPLEMENTED, SUSPENDED, REVERSED, WITHDRAWN);
      case IMPLEMENTING -> EnumSet.of(IMPLEMENTED, SUSPENDED, REVERSED, WITHDRAWN);
      case IMPLEMENTED -> EnumSet.of(VERIFIED, SUSPENDED, REVERSED);
      case VERIFIED -> EnumSet.of(SUSPENDED, REVERSED);
      case SUSPENDED -> EnumSet.of(IMPLEMENTING, IMPLEMENTED, REVERSED, WITHDRAWN);
      case REVERSED, WITHDRAWN -> EnumSet.of(PROPOSED, AGREED);
    };
  }

  /**
   * Whether a record of this status shows that the step has been agreed: {@code agreed} itself, or
   * a status that can only follow an agreement (implementing, implemented, verified, suspended,
   * reversed). Not {@code proposed}, and not {@code withdrawn}, which also ends a proposal that was
   * never agreed (a withdrawal after agreement comes after an agreed record, which counts).
   */
  public boolean agreedOrLater() {
    return switch (this) {
      case AGREED, IMPLEMENTING, IMPLEMENTED, VERIFIED, SUSPENDED, REVERSED -> true;
      case PROPOSED, WITHDRAWN -> false;
    };
  }
}
