package io.github.tsunagari.validation;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;

/** JSON Pointers (RFC 6901) into the canonical JSON form of the model. */
final class JsonPointer {
  private JsonPointer() {}

  /**
   * The pointer for a Jakarta Validation property path: {@code grants[3].project.title} becomes
   * {@code /grants/3/project/title}. Container-element nodes ({@code <list element>}) add only their index.
   */
  static String of(Path path) {
    String pointer = "";
    for (Path.Node node : path) {
      if (node.isInIterable() && node.getIndex() != null) {
        pointer = io.github.tsunagari.internal.form.Path.append(pointer, node.getIndex());
      } else if (node.isInIterable() && node.getKey() != null) {
        pointer = io.github.tsunagari.internal.form.Path.append(pointer, node.getKey());
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        pointer = io.github.tsunagari.internal.form.Path.append(pointer, node.getName());
      }
    }
    return pointer;
  }

  /** Orders pointers token by token, numbers by value, so that {@code /grants/2} comes before {@code /grants/10}. */
  static final Comparator<String> ORDER = (a, b) -> {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareToken(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  };

  private static int compareToken(String a, String b) {
    boolean an = isIndex(a);
    boolean bn = isIndex(b);
    if (an && bn) {
      return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
    return a.compareTo(b);
  }

  private static boolean isIndex(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }
}
