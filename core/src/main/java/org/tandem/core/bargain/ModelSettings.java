package org.tandem.core.bargain;

import java.util.Objects;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.tandem.core.bargain.eu.EuOptions;
import org.tandem.core.bargain.smp.SmpOptions;

/**
 * Everything the built-in models can be configured with.
 *
 * @param eu options of the expected-utility model
 * @param smp options of the spatial model of politics
 * @param random generator for models with stochastic options, if any
 */
public record ModelSettings(EuOptions eu, SmpOptions smp, Optional<UniformRandomProvider> random) {

  /** Every model with its defaults, no generator. */
  public static final ModelSettings DEFAULTS =
      new ModelSettings(EuOptions.DEFAULTS, SmpOptions.DEFAULTS, Optional.empty());

  public ModelSettings {
    Objects.requireNonNull(eu, "eu");
    Objects.requireNonNull(smp, "smp");
    Objects.requireNonNull(random, "random");
  }
}
