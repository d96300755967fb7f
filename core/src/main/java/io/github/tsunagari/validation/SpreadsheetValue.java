package io.github.tsunagari.validation;

/**
 * What a spreadsheet cell holds as Excel stores it (セルの値), where it may not be what was meant: for the finding
 * {@code read.spreadsheet-value}. The cell is read as Excel shows it; nothing is repaired.
 */
public enum SpreadsheetValue {
  /** A number where a code belongs: a code that starts with 0 (a prefecture's 04) has lost its leading zeros. */
  NUMBER_FOR_CODE("spreadsheet.number-for-code"),
  /** A number where text belongs. */
  NUMBER_FOR_TEXT("spreadsheet.number-for-text"),
  /** A date, stored as a serial number (days since 1900). */
  DATE_SERIAL("spreadsheet.date-serial"),
  /** A number formatted as text (Excel's green triangle). */
  NUMBER_AS_TEXT("spreadsheet.number-as-text");

  private final String messageKey;

  SpreadsheetValue(String messageKey) {
    this.messageKey = messageKey;
  }

  String messageKey() {
    return messageKey;
  }
}
