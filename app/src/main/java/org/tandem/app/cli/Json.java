package org.tandem.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tandem.core.error.Diagnostic;

/** The one JSON mapper of the command line, and JSON forms of core values. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

  private Json() {}

  static ObjectNode diagnostic(Diagnostic d) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("file", d.location().source());
    node.put("line", d.location().line());
    node.put("column", d.location().column());
    node.put("severity", d.severity().label());
    node.put("code", d.code());
    node.put("message", d.message());
    return node;
  }

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
