package org.tandem.core.sim;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a generated expression class in memory with the JDK's compiler and loads it in a class
 * loader of its own. Returns null where no compiler is available (a JRE) or where the compiler
 * cannot see tandem's classes (tandem embedded in a host with its own class loaders): the engine
 * then keeps interpreting the expression trees, with identical results, only slower.
 */
final class BytecodeCompiler {
  private static final String PACKAGE = "org.tandem.generated";
  private static final int CACHED = 32;
  /**
   * Compiled classes by their source. A sweep compiles the same expressions at every point (only
   * numbers outside expressions change), and compiling costs far more than a lookup. The classes
   * are stateless, so sharing them is safe; the cache is bounded.
   */
  private static final Map<String, GeneratedExpressions> COMPILED = java.util.Collections.synchronizedMap(
      new java.util.LinkedHashMap<>(CACHED, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, GeneratedExpressions> eldest) {
          return size() > CACHED;
        }
      });

  private BytecodeCompiler() {}

  /**
   * An instance of the compiled class, or null when the JDK's compiler is not available. Each class
   * gets a class loader of its own, so one name serves every scenario.
   */
  static GeneratedExpressions compile(ExpressionSource expressions, String className) {
    String source = expressions.source(PACKAGE, className);
    GeneratedExpressions known = COMPILED.get(source);
    if (known != null) {
      return known;
    }
    GeneratedExpressions fresh = compile(source, className);
    if (fresh != null) {
      COMPILED.put(source, fresh);
    }
    return fresh;
  }

  private static GeneratedExpressions compile(String source, String className) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      return null;
    }
    String qualified = PACKAGE + "." + className;
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    StandardJavaFileManager standard = compiler.getStandardFileManager(null, null, null);
    ForwardingJavaFileManager<StandardJavaFileManager> manager = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String name, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + name.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            classes.put(name, bytes);
            return bytes;
          }
        };
      }
    };
    JavaFileObject file = new SimpleJavaFileObject(URI.create("mem:///" + qualified.replace('.', '/') + ".java"),
        JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    StringWriter messages = new StringWriter();
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none", "-g:none",
        "-nowarn");
    boolean ok = compiler.getTask(messages, manager, null, options, null, List.of(file)).call();
    if (!ok) {
      return null;
    }
    ClassLoader loader = new ClassLoader(GeneratedExpressions.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] code = bytes.toByteArray();
        return defineClass(name, code, 0, code.length);
      }
    };
    try {
      return (GeneratedExpressions) loader.loadClass(qualified).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }
}
