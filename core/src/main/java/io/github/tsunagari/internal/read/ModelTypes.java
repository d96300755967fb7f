package io.github.tsunagari.internal.read;

import io.github.tsunagari.internal.form.Form;
import io.github.tsunagari.internal.form.FormWriter;
import io.github.tsunagari.internal.form.Forms;
import io.github.tsunagari.internal.form.Kind.CodeKind;
import io.github.tsunagari.internal.form.Kind.Variant;
import io.github.tsunagari.internal.form.Kinds;
import io.github.tsunagari.internal.form.ReportForm;
import io.github.tsunagari.money.Yen;
import io.github.tsunagari.organization.Grantee;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.IOException;
import java.util.Optional;

/**
 * The types a JSON binding's module reads and writes, each with the library's one writer and one reader of it: what
 * every binding registers, said once (a binding turns each into its serializer and deserializer). Not part of the API.
 */
public final class ModelTypes {
  private ModelTypes() {}

  /** Writes a value to a sink. */
  @FunctionalInterface
  public interface Writing<T> {
    /**
     * Writes the value.
     *
     * @param out the sink
     * @param value the value
     * @throws IOException from the sink
     */
    void write(FormWriter.Sink out, T value) throws IOException;
  }

  /** What a binding does with each type. */
  public interface Binder {
    /**
     * A type that is written and read.
     *
     * @param type the type
     * @param write its writer
     * @param read its reader, at the value's first token
     * @param <T> the type
     */
    <T> void bind(Class<T> type, Writing<T> write, Documents.What<T> read);

    /**
     * A type that is only written (a report, a finding).
     *
     * @param type the type
     * @param write its writer
     * @param <T> the type
     */
    <T> void writeOnly(Class<T> type, Writing<T> write);
  }

  /**
   * Gives every type to a binder: the forms (a variant of the grantee union written and read with its {@code type}, as
   * a grantee, and read only as its own variant), the codes (a date is left to the mapper's own, as java.time's module
   * writes it), amounts of yen, and the validation report and its findings.
   *
   * @param binder the binder
   */
  public static void bindAll(Binder binder) {
    for (Form<?> form : Forms.ALL) {
      form(binder, form);
    }
    binder.bind(Grantee.class, (out, g) -> FormWriter.write(Forms.GRANTEE, g, out), r -> r.read(Forms.GRANTEE));
    for (CodeKind<?> code : Forms.CODES) {
      if (code != Kinds.DATE) {
        code(binder, code);
      }
    }
    // Amounts of yen: a whole number, or the Japanese form where a tax statement is kept (as in the canonical form).
    binder.bind(Yen.class, (out, yen) -> FormWriter.value(Kinds.YEN, yen, out), r -> r.read(Kinds.YEN));
    binder.writeOnly(ValidationReport.class, ReportForm::report);
    binder.writeOnly(Finding.class, ReportForm::finding);
  }

  @SuppressWarnings("unchecked")
  private static <T> void form(Binder binder, Form<T> form) {
    for (Variant<? extends Grantee> v : Forms.GRANTEE.variants()) {
      if (v.form() == form) {
        Variant<? extends Grantee> variant = v;
        binder.bind(form.type(), (out, value) -> FormWriter.write(Forms.GRANTEE, (Grantee) value, out),
            r -> (Optional<T>) r.read(Forms.GRANTEE, variant));
        return;
      }
    }
    binder.bind(form.type(), (out, value) -> FormWriter.write(form, value, out), r -> r.read(form));
  }

  private static <V> void code(Binder binder, CodeKind<V> code) {
    binder.bind(code.type(), (out, value) -> out.text(code.canonical(value)), r -> r.read(code));
  }
}
