package io.github.tsunagari.internal.read;

import java.util.Iterator;
import java.util.ServiceLoader;

/**
 * The JSON binding on the class path or module path, found once through {@link ServiceLoader}: the readers of JSON
 * read through whichever binding is there, and give the same findings through any. Not part of the API.
 */
public final class JsonBindings {
  private JsonBindings() {}

  private static final class Found {
    /** The binding, or null where there is none. */
    static final JsonBinding BINDING = load();

    private static JsonBinding load() {
      Iterator<JsonBinding> found = ServiceLoader.load(JsonBinding.class, JsonBinding.class.getClassLoader())
          .iterator();
      if (!found.hasNext()) {
        found = ServiceLoader.load(JsonBinding.class).iterator();
      }
      return found.hasNext() ? found.next() : null;
    }
  }

  /**
   * The binding.
   *
   * @return the binding
   * @throws IllegalStateException if there is none
   */
  public static JsonBinding get() {
    JsonBinding binding = Found.BINDING;
    if (binding == null) {
      throw new IllegalStateException("no JSON binding: add io.github.tsunagari:tsunagari-jackson (Jackson 2) to read"
          + " JSON");
    }
    return binding;
  }
}
