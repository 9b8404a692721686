package org.tandem.core.scenario;

/**
 * How the engine turns support into decisions.
 *
 * @param support the bargaining model that computes a step's support, e.g. {@code compromise}
 * @param threshold support share below which a step is never agreed, in [0, 1)
 * @param pace default monthly probability that a fully supported, offered step is agreed
 */
public record ModelSettings(String support, double threshold, double pace) {
  /** The bargaining models that can compute a step's support. */
  public static final java.util.List<String> SUPPORT_MODELS = java.util.List.of("compromise", "median", "eu", "smp");

  public static final ModelSettings DEFAULT = new ModelSettings("compromise", 0.5, 0.1);
}
