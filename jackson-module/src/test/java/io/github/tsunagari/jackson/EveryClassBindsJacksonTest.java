package io.github.tsunagari.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 2 module holds only the binding: every class of it (nested and generated ones too) uses a Jackson type.
 * A class that needs no Jackson is format-neutral, and core is where a Jackson 3 binding could use it as well.
 *
 * <p>Read from the compiled classes, wherever this build put them: a class uses a Jackson type when its constant pool
 * names one, as a class it refers to or in a descriptor or signature (string constants are not counted).
 */
class EveryClassBindsJacksonTest {
  private static final String JACKSON = "com/fasterxml/jackson/";
  private static final String PACKAGE = "io/github/tsunagari/jackson/";

  @Test
  void everyClassOfTheModuleUsesAJacksonType() throws Exception {
    Path location = Path.of(TsunagariModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> classes = new ArrayList<>();
    List<String> withoutJackson = new ArrayList<>();
    try (FileSystem jar = Files.isDirectory(location) ? null
        : FileSystems.newFileSystem(URI.create("jar:" + location.toUri()), Map.of())) {
      Path root = jar == null ? location : jar.getPath("/");
      try (Stream<Path> files = Files.walk(root.resolve(PACKAGE))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
          String name = root.relativize(file).toString().replace('\\', '/').replaceAll("\\.class$", "");
          if (name.endsWith("/package-info")) {
            continue; // declares no type: the package's documentation and annotations
          }
          classes.add(name.replace('/', '.'));
          if (!usesJackson(Files.readAllBytes(file))) {
            withoutJackson.add(name.replace('/', '.'));
          }
        }
      }
    }
    withoutJackson.sort(null);
    assertThat(classes).as("the module's classes, read from %s", location)
        .contains(TsunagariModule.class.getName(), PackageVersion.class.getName());
    assertThat(withoutJackson)
        .as("classes of the Jackson 2 module (of %d in %s) whose constant pool names no type of %s",
            classes.size(), location, JACKSON)
        .isEmpty();
  }

  /** Whether a class file names a Jackson type: a class entry, or a descriptor or signature (an {@code L...;}). */
  static boolean usesJackson(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    String[] utf8 = new String[count];
    Set<Integer> classNames = new HashSet<>();
    Set<Integer> stringConstants = new HashSet<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1 -> utf8[i] = in.readUTF(); // Utf8: u2 length, modified UTF-8, as DataInput reads it
        case 7 -> classNames.add(in.readUnsignedShort()); // Class
        case 8 -> stringConstants.add(in.readUnsignedShort()); // String
        case 16, 19, 20 -> in.readUnsignedShort(); // MethodType, Module, Package
        case 15 -> in.skipNBytes(3); // MethodHandle
        case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4); // Integer, Float, member refs, NameAndType, (Invoke)Dynamic
        case 5, 6 -> { // Long, Double: eight bytes, two entries
          in.skipNBytes(8);
          i++;
        }
        default -> throw new IOException("unknown constant pool tag " + tag + " at entry " + i);
      }
    }
    for (int i = 1; i < count; i++) {
      if (utf8[i] == null || stringConstants.contains(i)) {
        continue;
      }
      // a class named (arrays of it are "[L...;"), or a type in a descriptor or generic signature
      if (classNames.contains(i) && utf8[i].startsWith(JACKSON) || utf8[i].contains("L" + JACKSON)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void theReadingOfClassFilesTellsAJacksonTypeFromNone() throws IOException {
    assertThat(usesJackson(bytesOf(TsunagariModule.class))).isTrue();
    assertThat(usesJackson(bytesOf(EveryClassBindsJacksonTest.class))).as("names Jackson only in strings").isFalse();
  }

  private static byte[] bytesOf(Class<?> type) throws IOException {
    try (var in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
      return in.readAllBytes();
    }
  }
}
