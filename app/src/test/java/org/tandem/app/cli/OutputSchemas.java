package org.tandem.app.cli;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;

/**
 * The published schemas of the JSON outputs (docs/*-output.schema.json), read from the repository:
 * their ids ({@code https://tandem.example/docs/...}) and the references between them (compare's
 * {@code perStrategy} is simulate's result) resolve to the files beside them, never to the network.
 */
final class OutputSchemas {
  private static final String BASE = "https://tandem.example/docs/";

  private OutputSchemas() {}

  /** The schema of {@code docs/NAME}, e.g. {@code compare-output.schema.json}. */
  static Schema load(String name) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemas(iri -> iri.startsWith(BASE)
            ? new String(RepoFiles.bytes("docs/" + iri.substring(BASE.length())), StandardCharsets.UTF_8) : null));
    return registry.getSchema(SchemaLocation.of(BASE + name));
  }
}
