package org.tandem.core.sim;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.objectweb.asm.ClassTooLargeException;
import org.objectweb.asm.MethodTooLargeException;

/**
 * Loads the class {@link ExpressionBytecode} writes, each in a class loader of its own (so one
 * name serves every scenario, and a class no longer used can be unloaded), and returns an
 * instance. Returns null if the class cannot be written (a method past the class file's 64 KB
 * limit: an expression of thousands of terms, or tens of thousands of expressions) or loaded
 * (tandem embedded in a host whose class loaders hide tandem's interfaces): the engine then keeps
 * interpreting the expression trees, with identical results, only slower.
 */
final class BytecodeCompiler {
  private static final String NAME = "org.tandem.generated.Expressions";
  private static final int CACHED = 32;
  /**
   * Loaded classes by their bytes. A sweep writes the same expressions at every point (only numbers
   * outside expressions change): sharing the class shares the machine code the JIT compiled for
   * it. The classes are stateless, so sharing them is safe; the cache is bounded.
   */
  private static final Map<String, GeneratedExpressions> LOADED = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(CACHED, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, GeneratedExpressions> eldest) {
          return size() > CACHED;
        }
      });

  private BytecodeCompiler() {}

  /** An instance of the written class, or null when it cannot be loaded. */
  static GeneratedExpressions compile(ExpressionBytecode expressions) {
    byte[] code;
    try {
      code = expressions.write(NAME.replace('.', '/'));
    } catch (MethodTooLargeException | ClassTooLargeException e) {
      return null;
    }
    String key = new String(code, StandardCharsets.ISO_8859_1);
    GeneratedExpressions known = LOADED.get(key);
    if (known != null) {
      return known;
    }
    GeneratedExpressions fresh = load(code);
    if (fresh != null) {
      LOADED.put(key, fresh);
    }
    return fresh;
  }

  private static GeneratedExpressions load(byte[] code) {
    ClassLoader loader = new ClassLoader(GeneratedExpressions.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (!name.equals(NAME)) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, code, 0, code.length);
      }
    };
    try {
      return (GeneratedExpressions) loader.loadClass(NAME).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}
