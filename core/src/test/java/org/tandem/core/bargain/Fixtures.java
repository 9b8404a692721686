package org.tandem.core.bargain;

import java.util.ArrayList;
import java.util.List;
import org.tandem.core.error.Location;

/** Small hand-made problems for tests. */
public final class Fixtures {
  private Fixtures() {}

  /**
   * A one-dimensional problem from rows of {capability, position, salience}, actors named a0,
   * a1, ..., located at line i + 2 of "hand.csv".
   */
  public static Problem oneDimension(double[]... rows) {
    List<Actor> actors = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      actors.add(new Actor("a" + i, "", rows[i][0], new double[] {rows[i][1]},
          new double[] {rows[i][2]}, new Location("hand.csv", i + 2, 1)));
    }
    return new Problem("hand", List.of("x"), actors, new Location("hand.csv", 1, 1));
  }
}
