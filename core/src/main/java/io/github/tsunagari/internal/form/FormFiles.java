package io.github.tsunagari.internal.form;

import java.io.InputStream;

/**
 * The files of the canonical JSON form (正規のJSON形式) that core bundles for every JSON binding, which serve them as
 * their {@code GrantJson.openSampleFy2024()} and {@code GrantJson.openSchema()}: the FY2024 sample written in the
 * form, and the form's JSON Schema. Bytes only: nothing here reads JSON. Both lie in packages that core opens, so that
 * they are class-path resources on the module path too.
 */
public final class FormFiles {
  /** The resource of the FY2024 (令和6年度) sample in canonical JSON: what {@code SampleData.fy2024()} holds. */
  public static final String SAMPLE_FY2024 = "/io/github/tsunagari/sample/fy2024.json";
  /** The resource of the JSON Schema (draft 2020-12) of the canonical form of a grant program. */
  public static final String SCHEMA = "/io/github/tsunagari/schema/grant-program.schema.json";

  private FormFiles() {}

  /**
   * Opens a file of the form.
   *
   * @param resource {@link #SAMPLE_FY2024} or {@link #SCHEMA}
   * @return its bytes; the caller closes the stream
   * @throws IllegalStateException if the resource is missing from core's jar
   */
  public static InputStream open(String resource) {
    InputStream in = FormFiles.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(resource + " is missing from the jar of tsunagari-core");
    }
    return in;
  }
}
