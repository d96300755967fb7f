package io.github.tsunagari.benchmarks;

import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.organization.Consortium;
import io.github.tsunagari.organization.CorporateNumber;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.organization.Organization;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.tables.GrantTableWriter;
import io.github.tsunagari.testkit.GrantArbitraries;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * The benchmarks' data: grants from the testkit's generators with a fixed seed (realistic Japanese text, every shape of
 * service area, consortia, corporate numbers), renumbered 1…n and with each recipient's name made unique so that the
 * data is valid as a whole. Written once to {@code target/data} as a JSON array and as JSON Lines, and on demand as a
 * table ({@link #table}: CSV or XLSX, as {@code GrantTableWriter.create()} writes them, paths as headers).
 */
public final class Workload {
  /** The seed of every data set. */
  public static final long SEED = 20241;
  /** Distinct generated grants; larger sets repeat them with new positions and names. */
  private static final int DISTINCT = 10_000;

  private Workload() {}

  /**
   * Writes the data sets that do not exist yet.
   *
   * @param args the directory, then the sizes
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    for (int i = 1; i < args.length; i++) {
      int size = Integer.parseInt(args[i]);
      file(dir, size, true);
      file(dir, size, false);
    }
  }

  /**
   * The path of a data set, written first if missing.
   *
   * @param dir the data directory
   * @param size the number of grants
   * @param array a JSON array, or JSON Lines
   * @return the file
   * @throws IOException if it cannot be written
   */
  public static Path file(Path dir, int size, boolean array) throws IOException {
    Path file = dir.resolve("grants-" + size + (array ? ".json" : ".jsonl"));
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(dir);
    List<Grant> distinct = distinct();
    Path tmp = Files.createTempFile(dir, "grants", ".tmp");
    try {
      write(tmp, distinct, size, array);
      Files.move(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return file;
  }

  /**
   * The path of a data set as a table, written first if missing: the same grants as {@link #file}'s, in CSV (UTF-8 with
   * a byte order mark) or XLSX, as {@code GrantTableWriter.create()} writes them.
   *
   * @param dir the data directory
   * @param size the number of grants
   * @param format {@code csv} or {@code xlsx}
   * @return the file
   * @throws IOException if it cannot be written
   */
  public static Path table(Path dir, int size, String format) throws IOException {
    Path file = dir.resolve("grants-" + size + "." + format);
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "grants", ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
        if (format.equals("csv")) {
          GrantTableWriter.create().writeCsv(grants(size), out);
        } else if (format.equals("xlsx")) {
          GrantTableWriter.create().writeXlsx(grants(size), out);
        } else {
          throw new IllegalArgumentException("no such format: " + format);
        }
      }
      Files.move(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return file;
  }

  /**
   * The grants of a data set, made as they are asked for (a million are never held at once): the i-th is
   * {@code numbered(distinct().get(i % 10 000), i)}, as in {@link #file}.
   *
   * @param size the number of grants
   * @return the grants
   */
  public static List<Grant> grants(int size) {
    List<Grant> distinct = distinct();
    return new AbstractList<>() {
      @Override
      public Grant get(int i) {
        return numbered(distinct.get(i % DISTINCT), i);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private static void write(Path tmp, List<Grant> distinct, int size, boolean array) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
      if (array) {
        out.write('[');
      }
      for (int i = 0; i < size; i++) {
        if (array && i > 0) {
          out.write(',');
        }
        String line = GrantJson.writeLine(numbered(distinct.get(i % DISTINCT), i));
        out.write((array ? line.substring(0, line.length() - 1) : line).getBytes(StandardCharsets.UTF_8));
      }
      if (array) {
        out.write(']');
      }
    }
  }

  static List<Grant> distinct() {
    List<Grant> grants = new ArrayList<>(DISTINCT);
    // Generators run outside a property only inside a jqwik session; the random source is ours, with a fixed seed.
    JqwikSession.run(() -> {
      RandomGenerator<Grant> generator = GrantArbitraries.grants().generator(1000);
      Random random = new Random(SEED);
      for (int i = 0; i < DISTINCT; i++) {
        grants.add(generator.next(random).value());
      }
    });
    return grants;
  }

  /** The grant as the i-th of a data set: position i + 1, its recipient's name ending in i. */
  static Grant numbered(Grant grant, int i) {
    return Grant.builder().from(grant).position(i + 1).grantee(renamed(grant.getGrantee(), "・" + i, i)).build();
  }

  /**
   * The grantee as a distinct organisation: its recipient's name ends in the suffix and a corporate number, where it
   * has one, is made from the record's number (a valid check digit, never repeated in a data set).
   */
  private static Grantee renamed(Grantee grantee, String suffix, int i) {
    if (grantee instanceof Organization) {
      Organization org = (Organization) grantee;
      Organization.Builder b = Organization.builder().from(org).name(org.getName() + suffix);
      if (org.getCorporateNumber().isPresent()) {
        String base = String.format("%012d", 100_000_000_000L + i);
        b.corporateNumber(CorporateNumber.of(CorporateNumber.checkDigit(base) + base));
      }
      return b.build();
    }
    Consortium c = (Consortium) grantee;
    Organization representative = (Organization) renamed(c.getRepresentative(), suffix, i);
    List<Organization> members = new ArrayList<>();
    for (Organization m : c.getMembers()) {
      members.add(m.equals(c.getRepresentative()) ? representative : m);
    }
    return Consortium.builder().from(c).representative(representative).members(members).build();
  }
}
