package io.github.tsunagari.spring;

import io.github.tsunagari.validation.Finding;
import java.util.Map;

/**
 * A finding as the JSON binding writes it in a report ({@code ruleId}, {@code severity}, {@code path}, its place,
 * {@code value}, {@code message}), as a map for a problem detail: the binding's own serializer says the shape, once.
 */
@FunctionalInterface
interface FindingJson {
  /**
   * The finding as the binding writes it.
   *
   * @param finding a finding
   * @return its properties in the binding's order; {@code message} a map of language to text
   */
  Map<String, Object> write(Finding finding);

  /** The Jackson 3 binding's form ({@code tsunagari-jackson3}). */
  final class Jackson3 implements FindingJson {
    private final tools.jackson.databind.json.JsonMapper mapper = io.github.tsunagari.jackson3.GrantJson.newMapper();

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> write(Finding finding) {
      return mapper.convertValue(finding, Map.class);
    }
  }

  /** The Jackson 2 binding's form ({@code tsunagari-jackson}). */
  final class Jackson2 implements FindingJson {
    private final com.fasterxml.jackson.databind.ObjectMapper mapper =
        io.github.tsunagari.jackson.GrantJson.newMapper();

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> write(Finding finding) {
      return mapper.convertValue(finding, Map.class);
    }
  }
}
