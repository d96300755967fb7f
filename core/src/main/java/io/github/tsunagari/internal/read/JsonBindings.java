package io.github.tsunagari.internal.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * The JSON binding on the class path or module path, found once through {@link ServiceLoader}: the readers of JSON
 * read through whichever binding is there, and give the same findings through any. Where there are several (Jackson
 * 2's and Jackson 3's can share a class path), the one of the highest {@linkplain JsonBinding#rank() rank} is used:
 * Jackson 3's; among bindings of one rank, the first by class name, so that the choice never depends on the order of
 * the class path. Not part of the API.
 */
public final class JsonBindings {
  private JsonBindings() {}

  private static final class Found {
    /** The binding, or null where there is none. */
    static final JsonBinding BINDING = load();

    private static JsonBinding load() {
      List<JsonBinding> found = new ArrayList<>();
      ServiceLoader.load(JsonBinding.class, JsonBinding.class.getClassLoader()).forEach(found::add);
      if (found.isEmpty()) {
        ServiceLoader.load(JsonBinding.class).forEach(found::add);
      }
      return choose(found).orElse(null);
    }
  }

  /**
   * The binding to use among those found: the highest rank, then the first class name.
   *
   * @param found the bindings found
   * @return the one to use, if any
   */
  static Optional<JsonBinding> choose(List<JsonBinding> found) {
    return found.stream().min(Comparator.comparingInt(JsonBinding::rank).reversed()
        .thenComparing(b -> b.getClass().getName()));
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
      throw new IllegalStateException("no JSON binding: add io.github.tsunagari:tsunagari-jackson3 (Jackson 3) or"
          + " tsunagari-jackson (Jackson 2) to read JSON");
    }
    return binding;
  }
}
