package io.github.tsunagari.interchange.threesixtygiving;

import io.github.tsunagari.internal.form.FormWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One 360Giving grant as it is built: values put at the paths of {@link GivingField}s (so that every name written comes
 * from the mapping), then written to a sink. Not thread-safe while built; frozen by {@link #freeze()}.
 */
final class GivingTree {
  private final Map<String, Object> root = new LinkedHashMap<>();

  /** Puts text or a whole number ({@code Long}) at the field's path. */
  void put(GivingField field, Object value) {
    put(field, 0, value);
  }

  /** Puts a value at the field's path, with {@code *} standing for the index. */
  void put(GivingField field, int index, Object value) {
    String[] segments = field.getPath().replace("*", Integer.toString(index)).split("/");
    Object node = root;
    for (int i = 0; i < segments.length - 1; i++) {
      boolean listNext = isIndex(segments[i + 1]);
      node = child(node, segments[i], listNext);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> leaf = (Map<String, Object>) node;
    leaf.put(segments[segments.length - 1], value);
  }

  private static boolean isIndex(String segment) {
    return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
  }

  @SuppressWarnings("unchecked")
  private static Object child(Object node, String segment, boolean list) {
    if (node instanceof List) {
      List<Object> items = (List<Object>) node;
      int index = Integer.parseInt(segment);
      while (items.size() <= index) {
        items.add(new LinkedHashMap<String, Object>());
      }
      return items.get(index);
    }
    return ((Map<String, Object>) node).computeIfAbsent(segment,
        k -> list ? new ArrayList<Object>() : new LinkedHashMap<String, Object>());
  }

  /** The grant, no longer to be changed. */
  Map<String, Object> freeze() {
    return Collections.unmodifiableMap(root);
  }

  /** Writes a grant, or any part of one. */
  static void write(Object node, FormWriter.Sink out) throws IOException {
    if (node instanceof Map) {
      out.startObject();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) node).entrySet()) {
        out.name((String) e.getKey());
        write(e.getValue(), out);
      }
      out.endObject();
    } else if (node instanceof List) {
      out.startArray();
      for (Object item : (List<?>) node) {
        write(item, out);
      }
      out.endArray();
    } else if (node instanceof Long) {
      out.number((Long) node);
    } else {
      out.text((String) node);
    }
  }
}
