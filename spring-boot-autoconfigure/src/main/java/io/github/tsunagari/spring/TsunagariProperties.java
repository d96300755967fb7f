package io.github.tsunagari.spring;

import io.github.tsunagari.read.ReadingLimits;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * What a service tunes of Tsunagari, under {@code tsunagari.*}: the language of problems when a request asks for
 * none the library speaks, whether warnings fail a request, how large a document may be, and whether the library
 * answers bad grant data with its problem details. Every property has a default; IDEs complete them from the
 * configuration metadata generated from this class.
 *
 * <pre>{@code
 * tsunagari.default-language=en
 * tsunagari.fail-on=warning
 * tsunagari.max-document-size=10MB
 * tsunagari.problems.enabled=false
 * }</pre>
 */
@ConfigurationProperties("tsunagari")
public class TsunagariProperties {
  /**
   * Language of problem details when the request's Accept-Language names neither Japanese nor English (or is
   * absent): ja or en.
   */
  private Language defaultLanguage = Language.JA;

  /**
   * Severity from which a finding fails a request whose grant data is validated (@Valid or @Validated): error (the
   * default; warnings and infos are allowed) or warning (warnings fail too).
   */
  private FailOn failOn = FailOn.ERROR;

  /**
   * Largest request body of grant data read; a longer one is refused with a read.limit finding. At most the library's
   * own limit of 64MB, which it is by default.
   */
  private DataSize maxDocumentSize = DataSize.ofBytes(ReadingLimits.MAX_DOCUMENT_LENGTH);

  /** The library's answers to bad grant data. */
  private final Problems problems = new Problems();

  /** Creates the properties with their defaults. */
  public TsunagariProperties() {}

  /** The language of problem details when a request asks for neither Japanese nor English. */
  public Language getDefaultLanguage() {
    return defaultLanguage;
  }

  /**
   * Sets the language of problem details when a request asks for neither Japanese nor English.
   *
   * @param defaultLanguage ja or en
   */
  public void setDefaultLanguage(Language defaultLanguage) {
    this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
  }

  /** The severity from which a finding fails a request whose grant data is validated. */
  public FailOn getFailOn() {
    return failOn;
  }

  /**
   * Sets the severity from which a finding fails a request whose grant data is validated.
   *
   * @param failOn error or warning
   */
  public void setFailOn(FailOn failOn) {
    this.failOn = Objects.requireNonNull(failOn, "failOn");
  }

  /** The largest request body of grant data read. */
  public DataSize getMaxDocumentSize() {
    return maxDocumentSize;
  }

  /**
   * Sets the largest request body of grant data read.
   *
   * @param maxDocumentSize at least one byte, at most the library's {@link ReadingLimits#MAX_DOCUMENT_LENGTH}
   * @throws IllegalArgumentException if it is outside those bounds
   */
  public void setMaxDocumentSize(DataSize maxDocumentSize) {
    long bytes = Objects.requireNonNull(maxDocumentSize, "maxDocumentSize").toBytes();
    if (bytes < 1 || bytes > ReadingLimits.MAX_DOCUMENT_LENGTH) {
      throw new IllegalArgumentException("tsunagari.max-document-size must be between 1B and the library's limit of "
          + ReadingLimits.MAX_DOCUMENT_LENGTH + "B, but was " + maxDocumentSize);
    }
    this.maxDocumentSize = maxDocumentSize;
  }

  /**
   * The language of a request's problems: the first of Japanese and English its {@code Accept-Language} accepts, else
   * the default language.
   *
   * @param acceptLanguage the header, or null where the request has none
   * @return {@code Locale.JAPANESE} or {@code Locale.ENGLISH}
   */
  Locale language(String acceptLanguage) {
    if (acceptLanguage != null && !acceptLanguage.isBlank()) {
      try {
        String tag = Locale.lookupTag(Locale.LanguageRange.parse(acceptLanguage), List.of("ja", "en"));
        if (tag != null) {
          return Locale.forLanguageTag(tag);
        }
      } catch (IllegalArgumentException | IllformedLocaleException e) {
        // an Accept-Language that is not one names no language: the default
      }
    }
    return defaultLanguage.toLocale();
  }

  /** The library's answers to bad grant data. */
  public Problems getProblems() {
    return problems;
  }

  /** The library's answers to bad grant data: RFC 9457 problem details with every finding. */
  public static class Problems {
    /**
     * Whether the library answers bad grant data in a request that nothing else answers, with its problem detail
     * (application/problem+json, every finding listed). When false, Boot's handler
     * (spring.mvc.problemdetails.enabled) or the application's answers the GrantDataException, with the same problem;
     * where none does, Spring answers with the status only.
     */
    private boolean enabled = true;

    /** Creates the settings with their defaults. */
    public Problems() {}

    /** True if bad grant data is answered with the library's problem details. */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether bad grant data is answered with the library's problem details.
     *
     * @param enabled false to handle {@link GrantDataException} in the application
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }
  }

  /** A language the library writes its messages in (言語). */
  public enum Language {
    /** Japanese (日本語). */
    JA(Locale.JAPANESE),
    /** English (英語). */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Language(Locale locale) {
      this.locale = locale;
    }

    /** The locale the library's messages take for this language. */
    public Locale toLocale() {
      return locale;
    }
  }

  /** The severity from which a finding fails a request whose grant data is validated. */
  public enum FailOn {
    /** Errors fail; warnings and infos are allowed. */
    ERROR,
    /** Errors and warnings fail; infos are allowed. */
    WARNING
  }
}
