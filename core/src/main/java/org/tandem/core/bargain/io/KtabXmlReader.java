package org.tandem.core.bargain.io;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.tandem.core.bargain.Problem;
import org.tandem.core.error.Location;
import org.tandem.core.error.UserException;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * KTAB's XML scenario ({@code examples/smp/doc/smpSchema.xsd}): {@code Scenario} with {@code
 * name}, {@code desc}, optional {@code ModelParameters} and {@code Dimensions/dName}, and {@code
 * Actors/Actor} with {@code name}, {@code description}, {@code capability}, {@code
 * Position/dCoord} and {@code Salience/dSal} on 0-100 scales. Parsed with the JDK's SAX parser,
 * document type declarations refused. {@code ModelParameters} become the problem's parameters
 * by element name, {@code prngSeed} becomes parameter {@code prngSeed}; an {@code
 * IdealAdjustment} block is recorded as parameter {@code IdealAdjustment} (its number of pairs),
 * since tandem's SMP does not use it.
 */
public final class KtabXmlReader implements InputReader {
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  @Override
  public Problem read(String source, String content) {
    XmlNode root = parse(source, content);
    if (!root.name.equals("Scenario")) {
      throw UserException.of("unexpected-element", root.location, String.format(Locale.ROOT,
          "expected the root element <Scenario>, found <%s>", root.name));
    }
    String name = root.optional("name").map(XmlNode::text).orElse("");
    Map<String, String> parameters = new LinkedHashMap<>();
    root.optional("ModelParameters").ifPresent(mp -> mp.children.forEach(
        p -> parameters.put(p.name, p.text())));
    root.optional("prngSeed").map(XmlNode::text).filter(t -> !t.isEmpty())
        .ifPresent(seed -> parameters.put("prngSeed", seed));
    root.optional("IdealAdjustment").ifPresent(
        ia -> parameters.put("IdealAdjustment", String.valueOf(ia.all("iaPair").size())));
    XmlNode actorsNode = root.required("Actors");
    List<XmlNode> actorNodes = actorsNode.all("Actor");
    if (actorNodes.isEmpty()) {
      throw UserException.of("no-actors", actorsNode.location,
          "expected at least one <Actor> in <Actors>, found none");
    }
    List<String> dimensions = new ArrayList<>();
    root.optional("Dimensions").ifPresent(dn -> dn.all("dName").forEach(
        d -> dimensions.add(d.text())));
    int dims = dimensions.isEmpty()
        ? actorNodes.get(0).required("Position").all("dCoord").size() : dimensions.size();
    if (dims == 0) {
      throw UserException.of("no-dimensions", actorNodes.get(0).required("Position").location,
          "expected at least one <dCoord> in <Position>, found none");
    }
    while (dimensions.size() < dims) {
      dimensions.add("Dimension " + (dimensions.size() + 1));
    }
    ActorTable table = new ActorTable();
    for (XmlNode actor : actorNodes) {
      // A missing or miscounted element spoils only its actor: the others are still checked.
      table.passes(() -> readActor(actor, dims, table));
    }
    table.throwIfErrors();
    return new Problem(name, dimensions, table.actors(), actorsNode.location, parameters);
  }

  private static void readActor(XmlNode actor, int dims, ActorTable table) {
    XmlNode nameNode = actor.required("name");
    String description = actor.optional("description").map(XmlNode::text).orElse("");
    XmlNode capabilityNode = actor.required("capability");
    List<XmlNode> coords = countOf(actor.required("Position"), "dCoord", dims);
    List<XmlNode> sals = countOf(actor.required("Salience"), "dSal", dims);
    double capability = table.value(() -> positive(capabilityNode, "the capability"));
    double[] positions = new double[dims];
    double[] saliences = new double[dims];
    Location[] salienceAt = new Location[dims];
    for (int d = 0; d < dims; d++) {
      XmlNode coord = coords.get(d);
      XmlNode sal = sals.get(d);
      positions[d] = table.value(() -> scaled(coord, "a position"));
      saliences[d] = table.value(() -> scaled(sal, "a salience"));
      salienceAt[d] = sal.location;
    }
    table.add(nameNode.text(), nameNode.location, description, capability, positions,
        saliences, salienceAt, actor.location);
  }

  private static double positive(XmlNode node, String what) {
    double value = decimal(node, what);
    if (!(value > 0)) {
      throw UserException.of("out-of-range", node.location, String.format(Locale.ROOT,
          "%s must be greater than 0, found %s", what, node.text()));
    }
    return value;
  }

  private static List<XmlNode> countOf(XmlNode parent, String child, int dims) {
    List<XmlNode> found = parent.all(child);
    if (found.size() != dims) {
      throw UserException.of("dimension-count", parent.location, String.format(Locale.ROOT,
          "expected %d <%s> in <%s> (one per dimension), found %d", dims, child, parent.name,
          found.size()));
    }
    return found;
  }

  private static double decimal(XmlNode node, String what) {
    String text = node.text();
    if (!DECIMAL.matcher(text).matches()) {
      throw UserException.of("not-a-number", node.location, String.format(Locale.ROOT,
          "expected a number for %s in <%s>, found '%s'", what, node.name, text));
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw UserException.of("not-a-number", node.location, String.format(Locale.ROOT,
          "expected a finite number for %s in <%s>, found '%s'", what, node.name, text));
    }
    return value;
  }

  private static double scaled(XmlNode node, String what) {
    double value = decimal(node, what);
    if (value < 0 || value > 100) {
      throw UserException.of("out-of-range", node.location, String.format(Locale.ROOT,
          "%s must be between 0 and 100, found %s", what, node.text()));
    }
    return value;
  }

  private static XmlNode parse(String source, String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(false);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      SAXParser parser = factory.newSAXParser();
      TreeBuilder builder = new TreeBuilder(source);
      parser.parse(new InputSource(new StringReader(text)), builder);
      if (builder.root == null) {
        throw UserException.of("empty-input", new Location(source, 1, 1),
            "expected an XML scenario, found no element");
      }
      return builder.root;
    } catch (SAXParseException e) {
      throw UserException.of("malformed-xml", new Location(source,
          Math.max(1, e.getLineNumber()), Math.max(0, e.getColumnNumber())),
          "the file is not well-formed XML: " + e.getMessage());
    } catch (SAXException e) {
      throw UserException.of("malformed-xml", new Location(source, 1, 1),
          "the file is not well-formed XML: " + e.getMessage());
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException("the JDK's XML parser could not be set up", e);
    }
  }

  /** Builds the element tree, noting where each start tag ends. */
  private static final class TreeBuilder extends DefaultHandler {
    private final String source;
    private final Deque<XmlNode> open = new ArrayDeque<>();
    private Locator locator;
    private XmlNode root;

    TreeBuilder(String source) {
      this.source = source;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName,
        Attributes attributes) {
      Location at = locator == null ? new Location(source, 1, 1) : new Location(source,
          Math.max(1, locator.getLineNumber()), Math.max(0, locator.getColumnNumber()));
      XmlNode node = new XmlNode(qName, at);
      if (open.isEmpty()) {
        root = node;
      } else {
        open.peek().children.add(node);
      }
      open.push(node);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      open.pop();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (!open.isEmpty()) {
        open.peek().text.append(ch, start, length);
      }
    }
  }
}
