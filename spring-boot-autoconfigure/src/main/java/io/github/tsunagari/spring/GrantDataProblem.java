package io.github.tsunagari.spring;

import io.github.tsunagari.Bilingual;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.RuleCategory;
import io.github.tsunagari.validation.Severity;
import io.github.tsunagari.validation.ValidationReport;
import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * The kinds of problem with grant data in a request, each with the stable {@code type} URI, HTTP status and title of
 * its RFC 9457 problem detail. Each type URI names its section of {@code docs/problems.md}, which describes it.
 *
 * <pre>{@code
 * GrantDataProblem.UNREADABLE.getStatus();  // BAD_REQUEST
 * GrantDataProblem.INVALID.getType();       // https://github.com/tsunagari/tsunagari/blob/main/docs/problems.md#invalid-grant-data
 * GrantDataProblem.of(report);              // UNREADABLE where a finding of reading is an error, else INVALID
 * }</pre>
 */
public enum GrantDataProblem implements Bilingual {
  /**
   * 読み取れない交付金データ: the body is not grant data of the model (malformed JSON, a bad cell, a value that
   * cannot exist such as prefecture 48, an unknown or missing property, a reading limit): 400 Bad Request.
   */
  UNREADABLE("unreadable-grant-data", HttpStatus.BAD_REQUEST, "読み取れない交付金データ", "Unreadable grant data"),
  /**
   * 妥当でない交付金データ: the body was read, and breaks the model's constraints or the program's rules (such as
   * markup in a summary, {@code text.markup}): 422 Unprocessable Content.
   */
  INVALID("invalid-grant-data", HttpStatus.UNPROCESSABLE_ENTITY, "妥当でない交付金データ", "Invalid grant data");

  /** The document that describes every type; each type is a section of it. */
  private static final String DOCUMENT = "https://github.com/tsunagari/tsunagari/blob/main/docs/problems.md#";

  private final String anchor;
  private final HttpStatus status;
  private final String japaneseName;
  private final String englishName;

  GrantDataProblem(String anchor, HttpStatus status, String japaneseName, String englishName) {
    this.anchor = anchor;
    this.status = status;
    this.japaneseName = japaneseName;
    this.englishName = englishName;
  }

  /**
   * The kind of problem a report with errors gives: unreadable where any error is a finding of reading, else invalid.
   *
   * @param report the report of reading a body
   * @return the kind
   */
  public static GrantDataProblem of(ValidationReport report) {
    for (Finding f : report.getFindings(Severity.ERROR)) {
      if (f.getCategory() == RuleCategory.READING) {
        return UNREADABLE;
      }
    }
    return INVALID;
  }

  /** The problem's {@code type}: a URI that does not change, the section of {@code docs/problems.md} about it. */
  public URI getType() {
    return URI.create(DOCUMENT + anchor);
  }

  /** The section of {@code docs/problems.md} about it, such as {@code unreadable-grant-data}. */
  public String getAnchor() {
    return anchor;
  }

  /** The HTTP status of the response. */
  public HttpStatus getStatus() {
    return status;
  }

  /** The title in Japanese, such as {@code 読み取れない交付金データ}. */
  @Override
  public String getJapaneseName() {
    return japaneseName;
  }

  /** The title in English, such as {@code Unreadable grant data}. */
  @Override
  public String getEnglishName() {
    return englishName;
  }
}
