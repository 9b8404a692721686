package org.tandem.core.bargain.eu;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which reading of the expected-utility model to compute. The two differ in three places, each
 * a known quirk of the replication code of Scholz, Calbert and Smith (2011) (J. Velev's
 * {@code bdm_scholz_model.py}, "faithful to Scholz' code"):
 *
 * <ul>
 *   <li>probability of victory: as published, {@code P_ij = sum_a max(v_a, 0) / sum_a |v_a|}
 *       over the votes on (i, j); the replication divides by the sum of |votes| over every pair
 *       of positions, which makes P tiny;
 *   <li>capitulation: as published, j's offer is a capitulation when {@code E_j > 0 > E_i} and
 *       {@code E_j < |E_i|}; the replication tests {@code E_j < |E_j|}, which is never true;
 *   <li>which offer an actor accepts: as published, the one that moves it least; the replication
 *       takes any confrontation first (least move), then the compromise with the lowest
 *       |EU|-weighted midpoint, then capitulations.
 * </ul>
 */
public enum EuMode {
  /** The model as Scholz et al. and Bueno de Mesquita describe it. */
  AS_PUBLISHED("as-published"),
  /** The model as the public replication code computes it (reproduces its logs). */
  REPLICATION_COMPATIBLE("replication-compatible");

  private final String id;

  EuMode(String id) {
    this.id = id;
  }

  /** The id used on the command line and in files. */
  public String id() {
    return id;
  }

  /** The mode with that id, ignoring case. */
  public static Optional<EuMode> fromId(String id) {
    return Arrays.stream(values()).filter(m -> m.id.equals(id.toLowerCase(Locale.ROOT)))
        .findFirst();
  }
}
