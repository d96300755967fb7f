package io.github.tsunagari.jsonsuite;

import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.InvalidGrantDataException;
import io.github.tsunagari.read.StreamSummary;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.ValidationReport;
import java.io.InputStream;
import java.io.Reader;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceLoader;

/**
 * The JSON binding (JSONバインディング) the suite runs against: what a binding module gives the suite from its test
 * sources, found through {@link ServiceLoader} (see the {@linkplain io.github.tsunagari.jsonsuite package}). Every
 * read and write the suite does through a binding goes through here; the library's own readers
 * ({@code GrantJsonReader}, {@code GrantStreamReader}) read through whichever binding core finds, which
 * {@link BindingUnderTestTest} holds to be this one's.
 */
public interface JsonBindingUnderTest {
  /**
   * A short name for reports, such as {@code Jackson 2}.
   *
   * @return the name
   */
  String name();

  /**
   * The class of the binding that core's reading layer must find for this run: the binding module's implementation of
   * {@code io.github.tsunagari.internal.read.JsonBinding}.
   *
   * @return the class
   */
  Class<?> bindingClass();

  /**
   * Reads a value with the binding's own configured mapper (its {@code GrantJson.newMapper()}).
   *
   * @param json the document, UTF-8 or another encoding JSON may have
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the value; {@code null} where the mapper gives one (a JSON {@code null})
   * @throws InvalidGrantDataException the library's exception, taken from the binding's exception that carries it
   * @throws MapperRefusal if the mapper refused the input with an exception of its own library
   */
  <T> T read(byte[] json, Class<T> type);

  /**
   * Reads a value from text with the binding's own configured mapper.
   *
   * @param json the document
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the value; {@code null} where the mapper gives one (a JSON {@code null})
   * @throws InvalidGrantDataException the library's exception, taken from the binding's exception that carries it
   * @throws MapperRefusal if the mapper refused the input with an exception of its own library
   */
  <T> T read(String json, Class<T> type);

  /**
   * Reads a value from a reader of text with the binding's own configured mapper.
   *
   * @param json the document
   * @param type the type of the value
   * @param <T> the type of the value
   * @return the value; {@code null} where the mapper gives one (a JSON {@code null})
   * @throws InvalidGrantDataException the library's exception, taken from the binding's exception that carries it
   * @throws MapperRefusal if the mapper refused the input with an exception of its own library
   */
  <T> T read(Reader json, Class<T> type);

  /**
   * Reads a list of values, as a user's {@code List<Grant>} would be read, with the binding's own configured mapper.
   *
   * @param json the document
   * @param elementType the type of the elements
   * @param <T> the type of the elements
   * @return the list
   * @throws InvalidGrantDataException the library's exception, taken from the binding's exception that carries it
   * @throws MapperRefusal if the mapper refused the input with an exception of its own library
   */
  <T> List<T> readList(String json, Class<T> elementType);

  /**
   * The exception the binding's mapper throws for a document it refuses with the library's report (such as
   * {@code InvalidGrantJsonException}), as a caller of the mapper catches it: the suite checks its message.
   *
   * @param json the document, which the mapper must refuse with the library's report
   * @param type the type of the value
   * @return the binding's exception
   * @throws AssertionError if the mapper reads the document, or refuses it with another exception
   */
  Exception bindingException(String json, Class<?> type);

  /**
   * A value as the binding's configured mapper writes it, such as {@code "13"} for a prefecture.
   *
   * @param value the value
   * @return its JSON text
   */
  String writeValue(Object value);

  /**
   * The canonical form of a value, as the binding's {@code GrantJson.write} writes it.
   *
   * @param value a program, a grant, any value of the model, a report
   * @return the text, two-space indented, ending with a line break
   */
  String write(Object value);

  /**
   * A grant as one line of JSON Lines, as the binding's {@code GrantJson.writeLine} writes it.
   *
   * @param grant the grant
   * @return the line, ending with a line break
   */
  String writeLine(Grant grant);

  /**
   * A report written piece by piece by the binding's {@code JsonReportWriter} on a generator of its
   * {@code GrantJson.newGenerator}: an object of the report's findings, written one by one, ended by
   * {@code end(report)}; then a line break, as {@link #write} ends.
   *
   * @param report the report
   * @return the text
   */
  String writeInPieces(ValidationReport report);

  /**
   * A stream's report written piece by piece by the binding's {@code JsonReportWriter}, as {@link
   * #writeInPieces(ValidationReport)} writes one, but ended by {@code end(summary)}.
   *
   * @param findings the stream's findings, in their order
   * @param summary its summary
   * @return the text
   */
  String writeInPieces(List<Finding> findings, StreamSummary summary);

  /**
   * The binding's bundled FY2024 sample, {@code BINDING.openSampleFy2024()}.
   *
   * @return a new stream of it
   */
  InputStream openSampleFy2024();

  /**
   * The binding's bundled JSON Schema of the canonical form, {@code BINDING.openSchema()}.
   *
   * @return a new stream of it
   */
  InputStream openSchema();

  /**
   * The one binding under test on the class path.
   *
   * @return the binding
   * @throws IllegalStateException if there is none, or more than one
   */
  static JsonBindingUnderTest get() {
    return Found.BINDING;
  }

  /**
   * Thrown by the reads of {@link JsonBindingUnderTest} where the binding's mapper refused the input with an exception
   * of its own library (Jackson's, for malformed JSON, a reading limit, content after the value), not with the
   * library's exception: its {@linkplain #getCause() cause} is that exception.
   */
  final class MapperRefusal extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A refusal.
     *
     * @param cause the mapper's exception
     */
    public MapperRefusal(Exception cause) {
      super(cause);
    }
  }
}

/** The binding under test, found once. */
final class Found {
  static final JsonBindingUnderTest BINDING = load();

  private Found() {}

  private static JsonBindingUnderTest load() {
    Iterator<JsonBindingUnderTest> found = ServiceLoader.load(JsonBindingUnderTest.class).iterator();
    if (!found.hasNext()) {
      throw new IllegalStateException("no " + JsonBindingUnderTest.class.getName() + " on the class path: a binding"
          + " module lists its implementation in META-INF/services of its test resources");
    }
    JsonBindingUnderTest binding = found.next();
    if (found.hasNext()) {
      throw new IllegalStateException("more than one " + JsonBindingUnderTest.class.getName() + ": "
          + binding.name() + " and " + found.next().name());
    }
    return binding;
  }
}
