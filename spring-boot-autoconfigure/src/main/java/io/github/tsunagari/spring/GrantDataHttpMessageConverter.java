package io.github.tsunagari.spring;

import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.read.ReadingLimits;
import io.github.tsunagari.spring.GrantBody.Target;
import io.github.tsunagari.spring.TsunagariProperties.FailOn;
import io.github.tsunagari.validation.GrantValidator;
import io.github.tsunagari.validation.ReadingFindings;
import io.github.tsunagari.validation.ReadingLimit;
import io.github.tsunagari.validation.SourceLocation;
import io.github.tsunagari.validation.ValidationReport;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.http.converter.SmartHttpMessageConverter;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Reads a request body of grant data ({@code GrantProgram}, {@code Grant}, {@code List<Grant>}) with the library's
 * readers, ahead of Jackson's converter: JSON, JSON Lines and, with {@code tsunagari-tables}, CSV and XLSX. Reading
 * is where the findings get their places (line and column, or sheet, row and cell), so the rules run while reading,
 * and Spring's convention decides what fails:
 *
 * <ul>
 *   <li>a parameter validated ({@code @Valid}, {@code @Validated}, or another {@code @Valid…} annotation) is read
 *       with the model's constraints and the program's rules, and fails on an error (or, with
 *       {@code tsunagari.fail-on=warning}, a warning);</li>
 *   <li>any parameter fails when its value cannot be built (malformed JSON, a bad cell, prefecture 48).</li>
 * </ul>
 *
 * <p>It fails with a {@link GrantDataException} carrying the body's whole report. A parameter of type
 * {@code ValidationReport} right after the body receives the report of a body that passed (its warnings and infos),
 * as a {@code BindingResult} follows a {@code @ModelAttribute}. It reads the same for {@code @RequestPart} parts, by
 * each part's content type. It writes nothing. It is thread-safe.
 */
public final class GrantDataHttpMessageConverter implements SmartHttpMessageConverter<Object> {
  /** The request attribute holding the report of the last body read, for a {@code ValidationReport} parameter. */
  static final String REPORT_ATTRIBUTE = GrantDataHttpMessageConverter.class.getName() + ".report";

  private final GrantValidator validator;
  private final TsunagariProperties properties;
  private final FailOn failOn;
  private final long maxDocumentSize;
  private final List<GrantBody> bodies;
  private final List<MediaType> mediaTypes;

  GrantDataHttpMessageConverter(GrantValidator validator, TsunagariProperties properties, List<GrantBody> bodies) {
    this.validator = Objects.requireNonNull(validator, "validator");
    this.properties = properties;
    this.failOn = properties.getFailOn();
    this.maxDocumentSize = properties.getMaxDocumentSize().toBytes();
    this.bodies = List.copyOf(bodies);
    List<MediaType> types = new ArrayList<>();
    for (GrantBody body : bodies) {
      types.addAll(body.mediaTypes());
    }
    this.mediaTypes = List.copyOf(types);
  }

  private Optional<GrantBody> body(Target target, MediaType mediaType) {
    if (mediaType == null) {
      return Optional.empty();
    }
    for (GrantBody body : bodies) {
      for (MediaType type : body.mediaTypes()) {
        if (type.includes(mediaType) && body.holds(target)) {
          return Optional.of(body);
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean canRead(ResolvableType type, MediaType mediaType) {
    return Target.of(type).flatMap(target -> body(target, mediaType)).isPresent();
  }

  @Override
  public boolean canRead(Class<?> clazz, MediaType mediaType) {
    return canRead(ResolvableType.forClass(clazz), mediaType);
  }

  @Override
  public boolean canWrite(ResolvableType type, Class<?> valueClass, MediaType mediaType) {
    return false;
  }

  @Override
  public boolean canWrite(Class<?> clazz, MediaType mediaType) {
    return false;
  }

  @Override
  public List<MediaType> getSupportedMediaTypes() {
    return mediaTypes;
  }

  @Override
  public Object read(ResolvableType type, HttpInputMessage inputMessage, Map<String, Object> hints)
      throws IOException {
    Target target = Target.of(type).orElseThrow(() -> new IllegalArgumentException("not grant data: " + type));
    MediaType contentType = inputMessage.getHeaders().getContentType();
    GrantBody body = body(target, contentType).orElseThrow(
        () -> new HttpMessageNotReadableException("no reader of " + target + " in " + contentType, inputMessage));
    boolean validated = validated(type.getSource());
    ReadResult<?> result;
    try (Limited in = new Limited(inputMessage.getBody(), maxDocumentSize)) {
      result = read(body, target, in, validated);
    }
    ValidationReport report = result.getReport();
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(REPORT_ATTRIBUTE, report, RequestAttributes.SCOPE_REQUEST);
    }
    boolean fails = result.getValue().isEmpty()
        || validated && (report.hasErrors() || failOn == FailOn.WARNING && report.getWarningCount() > 0);
    if (fails) {
      throw new GrantDataException(report, properties.language(acceptLanguage(request, inputMessage)));
    }
    return result.getValue().get();
  }

  /**
   * Reads the body; where it went past the service's limit, the limit's finding is the whole report, whatever the
   * reader made of the stream's failure (it throws it, or reports that the input could not be read).
   */
  private ReadResult<?> read(GrantBody body, Target target, Limited in, boolean validated) throws IOException {
    try {
      ReadResult<?> result = body.read(target, in, validated ? Optional.of(validator) : Optional.empty(), validator);
      return in.exceeded ? overLimit() : result;
    } catch (IOException | UncheckedIOException e) {
      if (!in.exceeded) {
        // A body that cannot be read, said checked or unchecked: Spring's 400 either way.
        throw e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : (IOException) e;
      }
      return overLimit();
    }
  }

  /** A body past the service's limit: the limit's finding, at the byte where reading stopped. */
  private ReadResult<?> overLimit() {
    return ReadResult.of(Optional.empty(), ValidationReport.of(List.of(ReadingFindings.limit("",
        SourceLocation.ofByte(maxDocumentSize), ReadingLimit.DOCUMENT_LENGTH, maxDocumentSize))));
  }

  /**
   * The request's {@code Accept-Language}: the servlet request's, as a part of a multipart request has its own headers
   * only; else the message's.
   */
  private static String acceptLanguage(RequestAttributes request, HttpInputMessage inputMessage) {
    if (request instanceof ServletRequestAttributes) {
      return ((ServletRequestAttributes) request).getRequest().getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    }
    return inputMessage.getHeaders().getFirst(HttpHeaders.ACCEPT_LANGUAGE);
  }

  /** True if the parameter is validated by Spring's convention: {@code @Validated} or an annotation {@code @Valid…}. */
  private static boolean validated(Object source) {
    if (source instanceof MethodParameter) {
      for (Annotation annotation : ((MethodParameter) source).getParameterAnnotations()) {
        if (ValidationAnnotationUtils.determineValidationHints(annotation) != null) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public Object read(Class<?> clazz, HttpInputMessage inputMessage) throws IOException {
    return read(ResolvableType.forClass(clazz), inputMessage, Map.of());
  }

  @Override
  public void write(Object value, ResolvableType type, MediaType contentType, HttpOutputMessage outputMessage,
      Map<String, Object> hints) {
    throw new HttpMessageNotWritableException("grant data is written by the application's JSON converter");
  }

  @Override
  public void write(Object value, MediaType contentType, HttpOutputMessage outputMessage) {
    throw new HttpMessageNotWritableException("grant data is written by the application's JSON converter");
  }

  /**
   * A body cut at the service's limit: past it, reading fails, and the failure is the limit's finding. Whatever the
   * limit, the library's own included: a document's reader stops there itself, but the readers of streams, which a
   * list of grants is read with, have no limit on the whole.
   */
  private static final class Limited extends FilterInputStream {
    private final long max;
    private long read;
    private boolean exceeded;

    Limited(InputStream in, long max) {
      super(in);
      this.max = max;
    }

    private void count(long n) throws IOException {
      read += Math.max(n, 0);
      if (read > max) {
        exceeded = true;
        throw new IOException("longer than " + max + " bytes");
      }
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count(n);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }
  }
}
