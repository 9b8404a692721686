package org.tandem.core.bargain.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;

/** A parsed XML element with its text, children and the location of its start tag. */
final class XmlNode {
  final String name;
  final Location location;
  final List<XmlNode> children = new ArrayList<>();
  final StringBuilder text = new StringBuilder();

  XmlNode(String name, Location location) {
    this.name = name;
    this.location = location;
  }

  String text() {
    return text.toString().strip();
  }

  List<XmlNode> all(String child) {
    return children.stream().filter(c -> c.name.equals(child)).toList();
  }

  Optional<XmlNode> optional(String child) {
    List<XmlNode> found = all(child);
    if (found.size() > 1) {
      throw UserException.of("duplicate-element", found.get(1).location, String.format(
          Locale.ROOT, "expected one <%s> in <%s>, found %d", child, name, found.size()));
    }
    return found.stream().findFirst();
  }

  XmlNode required(String child) {
    return optional(child).orElseThrow(() -> UserException.of("missing-element", location,
        String.format(Locale.ROOT, "expected a <%s> element in <%s>, found none", child, name)));
  }
}
