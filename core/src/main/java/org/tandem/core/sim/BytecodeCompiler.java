package org.tandem.core.sim;

import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.MethodTooLargeException;

/**
 * Defines the classes {@link ExpressionBytecode} writes as hidden classes of this package: one
 * {@link Node} per expression (so each call site calls the expression's own code, with nothing in
 * between) and one class with the environment update and the hazards. Hidden classes are unloaded
 * once nothing uses them. Returns null if the classes cannot be written (a method past the class
 * file's 64 KB limit) or defined: the engine then keeps interpreting the expression trees, with
 * identical results, only slower.
 */
final class BytecodeCompiler {
  private static final String MAIN = "org/tandem/core/sim/GeneratedCode";
  private static final String NODE = "org/tandem/core/sim/GeneratedNode";
  private static final int CACHED = 32;
  /**
   * Defined classes by their bytes. A sweep writes the same expressions at every point (only numbers
   * outside expressions change): sharing the classes shares the machine code the JIT compiled for
   * them. They are stateless, so sharing them is safe; the cache is bounded.
   */
  private static final Map<String, Generated> DEFINED = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(CACHED, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Generated> eldest) {
          return size() > CACHED;
        }
      });

  /**
   * The generated code: the update and the hazards, and expression {@code id} as {@code nodes[id]}
   * (null for an expression written only as a part of those).
   */
  record Generated(GeneratedExpressions code, Node[] nodes) {}

  private BytecodeCompiler() {}

  /** The generated code of {@code expressions}, or null when it cannot be written or defined. */
  static Generated compile(ExpressionBytecode expressions) {
    byte[][] classes = new byte[expressions.size() + 1][];
    try {
      classes[0] = expressions.write(MAIN);
      for (int id = 0; id < expressions.size(); id++) {
        classes[id + 1] = expressions.isNode(id) ? expressions.node(id, NODE) : new byte[0];
      }
    } catch (MethodTooLargeException | ClassTooLargeException e) {
      return null;
    }
    StringBuilder key = new StringBuilder();
    for (byte[] c : classes) {
      key.append(new String(c, StandardCharsets.ISO_8859_1)).append('\n');
    }
    Generated known = DEFINED.get(key.toString());
    if (known != null) {
      return known;
    }
    Generated fresh = define(classes);
    if (fresh != null) {
      DEFINED.put(key.toString(), fresh);
    }
    return fresh;
  }

  private static Generated define(byte[][] classes) {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      GeneratedExpressions code = (GeneratedExpressions) instance(lookup, classes[0]);
      Node[] nodes = new Node[classes.length - 1];
      for (int id = 0; id < nodes.length; id++) {
        nodes[id] = classes[id + 1].length == 0 ? null : (Node) instance(lookup, classes[id + 1]);
      }
      return new Generated(code, nodes);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  private static Object instance(MethodHandles.Lookup lookup, byte[] bytes) throws ReflectiveOperationException {
    return lookup.defineHiddenClass(bytes, true).lookupClass().getDeclaredConstructor().newInstance();
  }
}
