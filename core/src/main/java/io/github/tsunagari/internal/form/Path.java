package io.github.tsunagari.internal.form;

import java.util.Arrays;

/**
 * A path into the canonical form being walked or read: property names and list indices, written as a JSON Pointer
 * (RFC 6901) only when asked, so that a walk builds no text for the paths that have no finding. Not part of the API;
 * mutable, for one thread.
 */
public final class Path {
  private final String base;
  private Object[] tokens = new Object[16];
  private int depth;

  private Path(String base) {
    this.base = base;
  }

  /** The empty path, the root of a document. */
  public static Path root() {
    return new Path("");
  }

  /**
   * A path under a prefix, such as {@code /grants/3} for a grant validated on its own.
   *
   * @param pointer a JSON Pointer
   * @return the path
   */
  public static Path under(String pointer) {
    return new Path(pointer);
  }

  /** Goes one property deeper. */
  public void push(String name) {
    add(name);
  }

  /** Goes one list element deeper. */
  public void push(int index) {
    add(index);
  }

  private void add(Object token) {
    if (depth == tokens.length) {
      tokens = Arrays.copyOf(tokens, depth * 2);
    }
    tokens[depth++] = token;
  }

  /** Goes back up one step. */
  public void pop() {
    tokens[--depth] = null;
  }

  /** The number of steps below the base. */
  public int depth() {
    return depth;
  }

  /** The index of the innermost list element on the path, or -1. */
  public int lastIndex() {
    for (int i = depth - 1; i >= 0; i--) {
      if (tokens[i] instanceof Integer) {
        return (Integer) tokens[i];
      }
    }
    return -1;
  }

  /** The innermost property name on the path, or the empty string at the root. */
  public String lastName() {
    for (int i = depth - 1; i >= 0; i--) {
      if (tokens[i] instanceof String) {
        return (String) tokens[i];
      }
    }
    return "";
  }

  /** The path as a JSON Pointer, such as {@code /grants/3/project}. */
  public String pointer() {
    StringBuilder sb = new StringBuilder(base);
    for (int i = 0; i < depth; i++) {
      append(sb, tokens[i]);
    }
    return sb.toString();
  }

  /** The pointer of a property of the object at this path, such as {@code /grants/3/project/title}. */
  public String pointer(String property) {
    StringBuilder sb = new StringBuilder(pointer());
    append(sb, property);
    return sb.toString();
  }

  /** The pointer of a list element of the object at this path, such as {@code /grants/3/project/activities/0}. */
  public String pointer(String property, int index) {
    StringBuilder sb = new StringBuilder(pointer());
    append(sb, property);
    return sb.append('/').append(index).toString();
  }

  /**
   * Appends one reference token, escaping {@code ~} and {@code /}.
   *
   * @param pointer the pointer so far
   * @param token a property name or array index
   * @return the longer pointer
   */
  public static String append(String pointer, Object token) {
    StringBuilder sb = new StringBuilder(pointer);
    append(sb, token);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Object token) {
    sb.append('/');
    String t = String.valueOf(token);
    if (t.indexOf('~') >= 0 || t.indexOf('/') >= 0) {
      t = t.replace("~", "~0").replace("/", "~1");
    }
    sb.append(t);
  }

  @Override
  public String toString() {
    return pointer();
  }
}
