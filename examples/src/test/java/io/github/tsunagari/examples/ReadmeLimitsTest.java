package io.github.tsunagari.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tsunagari.read.ReadingLimits;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's table of reading limits says what {@link ReadingLimits} says: one row for each limit, named by its
 * constant, with its value. The limits are said once, in the class; the table is checked against it.
 */
class ReadmeLimitsTest {
  private static final String MARK = "<!-- limits: ReadingLimits, checked by a test -->";
  private static final Pattern VALUE = Pattern.compile("^\\| [^|]+ \\| ([0-9][0-9 ]*)");
  private static final Pattern CONSTANT = Pattern.compile("^\\| [^|]*\\(`(MAX_[A-Z_]+)`\\) \\| ([0-9][0-9 ]*)");

  @Test
  void theTableOfLimitsHasOneRowForEachLimitWithItsValue() throws IOException, IllegalAccessException {
    String readme = Files.readString(Path.of(System.getProperty("tsunagari.readme")));
    int at = readme.indexOf(MARK);
    assertThat(at).as("the table of limits in README.md").isPositive();
    List<Long> table = new ArrayList<>();
    Map<String, Long> named = new TreeMap<>();
    for (String line : readme.substring(at + MARK.length()).strip().split("\n")) {
      if (!line.startsWith("|")) {
        break;
      }
      Matcher m = VALUE.matcher(line);
      if (m.find()) {
        table.add(Long.parseLong(m.group(1).replace(" ", "")));
      }
      Matcher c = CONSTANT.matcher(line);
      if (c.find()) {
        named.put(c.group(1), Long.parseLong(c.group(2).replace(" ", "")));
      }
    }
    List<Long> limits = new ArrayList<>();
    Map<String, Long> byName = new TreeMap<>();
    for (Field f : ReadingLimits.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        limits.add(((Number) f.get(null)).longValue());
        byName.put(f.getName(), ((Number) f.get(null)).longValue());
      }
    }

    assertThat(table).containsExactlyInAnyOrderElementsOf(limits);
    assertThat(named).as("each row's constant and value").isEqualTo(byName);
  }
}
