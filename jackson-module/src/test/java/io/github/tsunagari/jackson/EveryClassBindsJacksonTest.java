package io.github.tsunagari.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 module holds only the binding: every class of it (nested and generated ones too) uses a Jackson type.
 * A class that needs no Jackson is format-neutral, and core is where a Jackson 3 binding could use it as well. And it
 * uses Jackson through its public API alone: no protected member (but the constructors of the classes it extends, which
 * is how Jackson is extended), no member whose name starts with {@code _}, no class of a parser's implementation.
 *
 * <p>Read from the compiled classes, wherever this build put them: a class uses a Jackson type when its constant pool
 * names one, as a class it refers to or in a descriptor or signature (string constants are not counted).
 */
class EveryClassBindsJacksonTest {
  private static final String JACKSON = "com/fasterxml/jackson/";
  private static final String PACKAGE = "io/github/tsunagari/jackson/";
  /**
   * Classes of Jackson's implementation: its parsers and generators and their bases, their I/O context, symbol
   * tables, the non-blocking parsers, and packages named impl.
   */
  private static final Pattern IMPLEMENTATION = Pattern.compile("com/fasterxml/jackson/(core/(base|sym|json/async)/.*"
      + "|core/io/IOContext|core/json/\\w*(Parser|Generator|Bootstrapper)\\w*|.*/impl/.*)");

  @Test
  void everyClassOfTheModuleUsesAJacksonType() throws Exception {
    Map<String, byte[]> classes = moduleClasses();
    List<String> withoutJackson = new ArrayList<>();
    classes.forEach((name, bytes) -> {
      if (!usesJackson(bytes)) {
        withoutJackson.add(name);
      }
    });
    assertThat(classes.keySet()).as("the module's classes, read from %s", location())
        .contains(TsunagariModule.class.getName(), PackageVersion.class.getName());
    assertThat(withoutJackson)
        .as("classes of the Jackson 2 module (of %d in %s) whose constant pool names no type of %s",
            classes.size(), location(), JACKSON)
        .isEmpty();
  }

  @Test
  void everyClassOfTheModuleUsesJacksonThroughItsPublicApiAlone() throws Exception {
    Map<String, byte[]> classes = moduleClasses();
    List<String> internals = new ArrayList<>();
    for (Map.Entry<String, byte[]> c : classes.entrySet()) {
      internals.addAll(jacksonInternals(c.getKey(), c.getValue()));
    }
    assertThat(classes).isNotEmpty();
    assertThat(internals).as("protected or _ members and implementation classes of Jackson that the module uses")
        .isEmpty();
  }

  @Test
  void theCheckOfThePublicApiFindsAProtectedFieldAnUnderscoreMethodAnOverrideAndAnImplementationClass()
      throws IOException {
    assertThat(jacksonInternals(Internals.class.getName(), bytesOf(Internals.class))).containsExactlyInAnyOrder(
        "JsonParserDelegate.delegate (protected)", "JsonParser._constructError (protected)",
        "JsonParser._codec (overridden)", "com.fasterxml.jackson.core.json.UTF8StreamJsonParser (implementation)");
    assertThat(jacksonInternals(TsunagariModule.class.getName(), bytesOf(TsunagariModule.class))).isEmpty();
  }

  /**
   * What the check must find: a protected field, a protected method named with _, the override of a protected method,
   * an implementation class.
   */
  @SuppressWarnings("unused")
  private static final class Internals extends com.fasterxml.jackson.core.util.JsonParserDelegate {
    Internals(com.fasterxml.jackson.core.JsonParser d) {
      super(d);
    }

    Object[] internals() {
      return new Object[] {delegate, _constructError("a protected method"),
          com.fasterxml.jackson.core.json.UTF8StreamJsonParser.class};
    }

    @Override
    protected com.fasterxml.jackson.core.ObjectCodec _codec() {
      return null;
    }
  }

  /** The module's classes (nested and generated ones too), by name, with their class files. */
  private static Map<String, byte[]> moduleClasses() throws Exception {
    Path location = location();
    Map<String, byte[]> classes = new TreeMap<>();
    try (FileSystem jar = Files.isDirectory(location) ? null
        : FileSystems.newFileSystem(URI.create("jar:" + location.toUri()), Map.of())) {
      Path root = jar == null ? location : jar.getPath("/");
      try (Stream<Path> files = Files.walk(root.resolve(PACKAGE))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
          String name = root.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", "");
          if (name.endsWith("/package-info")) {
            continue; // declares no type: the package's documentation and annotations
          }
          classes.put(name.replace('/', '.'), Files.readAllBytes(file));
        }
      }
    }
    return classes;
  }

  private static Path location() throws Exception {
    return Path.of(TsunagariModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** Whether a class file names a Jackson type: a class entry, or a descriptor or signature (an {@code L...;}). */
  static boolean usesJackson(byte[] classFile) {
    ConstantPool pool = ConstantPool.read(classFile);
    for (int i = 1; i < pool.utf8.length; i++) {
      if (pool.utf8[i] == null || pool.strings.contains(i)) {
        continue;
      }
      // a class named (arrays of it are "[L...;"), or a type in a descriptor or generic signature
      if (pool.classNames.contains(i) && pool.utf8[i].startsWith(JACKSON) || pool.utf8[i].contains("L" + JACKSON)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The members and classes of Jackson's that are not its public API, used by a class: each member it refers to is
   * looked up as the JVM resolves it (in the class named, then its superclasses and interfaces), and reported where
   * Jackson declares it protected (but a constructor) or names it with {@code _}; each class it names, where it is
   * one of Jackson's implementation.
   */
  private static List<String> jacksonInternals(String name, byte[] classFile) {
    ConstantPool pool = ConstantPool.read(classFile);
    List<String> found = new ArrayList<>(overrides(name));
    for (int c : pool.classNames) {
      String type = pool.utf8[c];
      if (IMPLEMENTATION.matcher(type).matches()) {
        found.add(type.replace('/', '.') + " (implementation)");
      }
    }
    for (ConstantPool.MemberRef ref : pool.members) {
      if (ref.name().equals("<init>") && !ref.owner().startsWith(JACKSON)) {
        continue; // the constructors of Jackson's classes are called only by those of the classes extending them
      }
      Class<?> owner;
      try {
        owner = Class.forName(ref.owner().replace('/', '.'), false, EveryClassBindsJacksonTest.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new AssertionError(name + " refers to " + ref.owner() + ", which does not load", e);
      }
      Member member = resolve(owner, ref);
      if (member == null) {
        continue; // a member of a JDK class through an array, or one javac made
      }
      String declaring = member.getDeclaringClass().getName();
      boolean internal = Modifier.isProtected(member.getModifiers()) && !ref.name().equals("<init>")
          || member.getName().startsWith("_");
      if (declaring.startsWith(JACKSON.replace('/', '.')) && internal) {
        found.add(member.getDeclaringClass().getSimpleName() + "." + member.getName() + " (protected)");
      }
    }
    return found;
  }

  /** The protected methods, or those named with {@code _}, of Jackson's that a class overrides. */
  private static List<String> overrides(String name) {
    Class<?> type;
    try {
      type = Class.forName(name, false, EveryClassBindsJacksonTest.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new AssertionError(name + " does not load", e);
    }
    List<String> found = new ArrayList<>();
    for (Method own : type.getDeclaredMethods()) {
      for (Class<?> c = type.getSuperclass(); c != null; c = c.getSuperclass()) {
        if (!c.getName().startsWith(JACKSON.replace('/', '.'))) {
          continue;
        }
        try {
          Method inherited = c.getDeclaredMethod(own.getName(), own.getParameterTypes());
          if (Modifier.isProtected(inherited.getModifiers()) || inherited.getName().startsWith("_")) {
            found.add(c.getSimpleName() + "." + inherited.getName() + " (overridden)");
          }
          break;
        } catch (NoSuchMethodException e) {
          // not declared there: look further up
        }
      }
    }
    return found;
  }

  /** The member a reference names, as the JVM resolves it; null where it is none of a class's own. */
  private static Member resolve(Class<?> owner, ConstantPool.MemberRef ref) {
    List<Class<?>> search = new ArrayList<>();
    for (Class<?> c = owner; c != null; c = c.getSuperclass()) {
      search.add(c);
    }
    for (int i = 0; i < search.size(); i++) {
      search.addAll(List.of(search.get(i).getInterfaces()));
    }
    for (Class<?> c : search) {
      if (ref.field()) {
        for (Field f : c.getDeclaredFields()) {
          if (f.getName().equals(ref.name()) && f.getType().descriptorString().equals(ref.descriptor())) {
            return f;
          }
        }
      } else if (ref.name().equals("<init>")) {
        for (Constructor<?> k : c.getDeclaredConstructors()) {
          if (descriptor(k.getParameterTypes(), void.class).equals(ref.descriptor())) {
            return k;
          }
        }
        return null;
      } else {
        for (Method m : c.getDeclaredMethods()) {
          if (m.getName().equals(ref.name())
              && descriptor(m.getParameterTypes(), m.getReturnType()).equals(ref.descriptor())) {
            return m;
          }
        }
      }
    }
    return null;
  }

  private static String descriptor(Class<?>[] parameters, Class<?> result) {
    StringBuilder d = new StringBuilder("(");
    for (Class<?> p : parameters) {
      d.append(p.descriptorString());
    }
    return d.append(')').append(result.descriptorString()).toString();
  }

  /** The constant pool of a class file: its texts, which of them are class names and string constants, its members. */
  private static final class ConstantPool {
    record MemberRef(boolean field, String owner, String name, String descriptor) {}

    String[] utf8;
    final Set<Integer> classNames = new HashSet<>();
    final Set<Integer> strings = new HashSet<>();
    final List<MemberRef> members = new ArrayList<>();

    static ConstantPool read(byte[] classFile) {
      try {
        return parse(classFile);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static ConstantPool parse(byte[] classFile) throws IOException {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException("not a class file");
      }
      in.readUnsignedShort(); // minor version
      in.readUnsignedShort(); // major version
      int count = in.readUnsignedShort();
      ConstantPool pool = new ConstantPool();
      pool.utf8 = new String[count];
      int[] classIndex = new int[count]; // of a Class entry: its name
      int[][] refs = new int[count][]; // of a member ref: its tag, class and name-and-type
      int[][] namesAndTypes = new int[count][];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> pool.utf8[i] = in.readUTF(); // Utf8: u2 length, modified UTF-8, as DataInput reads it
          case 7 -> classIndex[i] = in.readUnsignedShort(); // Class
          case 8 -> pool.strings.add(in.readUnsignedShort()); // String
          case 9, 10, 11 -> refs[i] = new int[] {tag, in.readUnsignedShort(), in.readUnsignedShort()}; // member refs
          case 12 -> namesAndTypes[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()}; // NameAndType
          case 16, 19, 20 -> in.readUnsignedShort(); // MethodType, Module, Package
          case 15 -> in.skipNBytes(3); // MethodHandle
          case 3, 4, 17, 18 -> in.skipNBytes(4); // Integer, Float, (Invoke)Dynamic
          case 5, 6 -> { // Long, Double: eight bytes, two entries
            in.skipNBytes(8);
            i++;
          }
          default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
        }
      }
      for (int i = 1; i < count; i++) {
        if (classIndex[i] > 0) {
          pool.classNames.add(classIndex[i]);
        }
        if (refs[i] != null) {
          int[] nat = namesAndTypes[refs[i][2]];
          pool.members.add(new MemberRef(refs[i][0] == 9, pool.utf8[classIndex[refs[i][1]]], pool.utf8[nat[0]],
              pool.utf8[nat[1]]));
        }
      }
      return pool;
    }
  }

  @Test
  void theReadingOfClassFilesTellsAJacksonTypeFromNone() throws IOException {
    assertThat(usesJackson(bytesOf(TsunagariModule.class))).isTrue();
    assertThat(usesJackson(bytesOf(EveryClassBindsJacksonTest.class))).as("names Jackson only in strings").isFalse();
  }

  private static byte[] bytesOf(Class<?> type) throws IOException {
    String file = type.getName().substring(type.getPackageName().length() + 1) + ".class";
    try (var in = type.getResourceAsStream(file)) {
      return in.readAllBytes();
    }
  }
}
