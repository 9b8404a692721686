package org.tandem.core.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tandem.core.error.Location;
import org.tandem.core.error.Suggestions;
import org.tandem.core.error.UserException;

/** The sweep methods, registered here and nowhere else. */
public final class SweepMethods {
  private static final Map<String, SweepMethod> METHODS = new LinkedHashMap<>();

  static {
    for (SweepMethod m : List.of(new OneAtATime(), new LatinHypercubeMethod(), new SobolMethod())) {
      METHODS.put(m.id(), m);
    }
  }

  private SweepMethods() {}

  /** The method called {@code id}; an unknown one is a user error. */
  public static SweepMethod of(String id) {
    SweepMethod m = METHODS.get(id);
    if (m == null) {
      throw UserException.of("unknown-id", Location.of("--method"), "unknown method '" + id + "'"
          + Suggestions.hint(id, METHODS.keySet()) + " (methods: " + String.join(", ", METHODS.keySet()) + ")");
    }
    return m;
  }

  /** The registered method names, in order. */
  public static List<String> ids() {
    return List.copyOf(METHODS.keySet());
  }
}
