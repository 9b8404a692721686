package org.tandem.core.bargain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.tandem.core.bargain.eu.ExpectedUtilityModel;
import org.tandem.core.bargain.smp.SmpModel;

/**
 * The registry of built-in bargaining models, by id. Models are listed here explicitly, never
 * found by scanning the classpath; adding a model means adding a line.
 */
public final class BargainingModels {
  private static final Map<String, Function<ModelSettings, BargainingModel>> MODELS =
      registry();

  private BargainingModels() {}

  private static Map<String, Function<ModelSettings, BargainingModel>> registry() {
    Map<String, Function<ModelSettings, BargainingModel>> models = new LinkedHashMap<>();
    models.put(CompromiseModel.ID, settings -> new CompromiseModel());
    models.put(MedianModel.ID, settings -> new MedianModel());
    models.put(ExpectedUtilityModel.ID, settings -> new ExpectedUtilityModel(settings.eu()));
    models.put(SmpModel.ID, settings -> new SmpModel(settings.smp(),
        settings.random().orElse(null)));
    return Map.copyOf(models);
  }

  /** The ids of all models, in the order they are listed side by side. */
  public static List<String> ids() {
    return List.of(CompromiseModel.ID, MedianModel.ID, ExpectedUtilityModel.ID, SmpModel.ID);
  }

  /** The model with that id, configured with {@code settings}, if there is one. */
  public static Optional<BargainingModel> create(String id, ModelSettings settings) {
    Function<ModelSettings, BargainingModel> factory = MODELS.get(id);
    return factory == null ? Optional.empty() : Optional.of(factory.apply(settings));
  }
}
