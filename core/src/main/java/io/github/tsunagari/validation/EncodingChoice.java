package io.github.tsunagari.validation;

/** How the encoding (文字コード) of a table was chosen, for the finding {@code read.encoding}. */
public enum EncodingChoice {
  /** Given by the caller (a {@code --encoding} option). */
  GIVEN("encoding.given"),
  /** A byte order mark at the start says so. */
  BYTE_ORDER_MARK("encoding.bom"),
  /** Detected: the bytes are UTF-8. */
  DETECTED_UTF8("encoding.detected-utf8"),
  /** Detected: the bytes are not UTF-8 but are Windows-31J (Microsoft's Shift_JIS). */
  DETECTED_WINDOWS_31J("encoding.detected-windows-31j");

  private final String messageKey;

  EncodingChoice(String messageKey) {
    this.messageKey = messageKey;
  }

  String messageKey() {
    return messageKey;
  }
}
