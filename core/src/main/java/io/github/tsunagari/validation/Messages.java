package io.github.tsunagari.validation;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The finding messages: {@code messages.properties} (English, the default) and {@code messages_ja.properties} beside
 * this class, read once as UTF-8.
 *
 * <p>Data reaches a message only as a {@link MessageFormat} argument, which is never parsed as a pattern: text such as
 * {@code ${1+1}} or <code>{0}</code> in data comes out verbatim.
 */
final class Messages {
  private static final Properties ENGLISH = load("messages.properties");
  private static final Properties JAPANESE = load("messages_ja.properties");

  private Messages() {}

  private static Properties load(String name) {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("message bundle " + name + " is missing from the jar");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  static boolean has(String key) {
    return ENGLISH.containsKey(key);
  }

  static String format(String key, Locale locale, Object... args) {
    Properties bundle = "ja".equals(locale.getLanguage()) ? JAPANESE : ENGLISH;
    String pattern = bundle.getProperty(key, ENGLISH.getProperty(key));
    if (pattern == null) {
      throw new IllegalArgumentException("no message for " + key);
    }
    return new MessageFormat(pattern, locale).format(args);
  }
}
