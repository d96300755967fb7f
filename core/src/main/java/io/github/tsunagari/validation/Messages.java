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

  /** The keys of the English and the Japanese bundle, for tests that both have the same. */
  static java.util.Set<String> keys(Locale locale) {
    return ("ja".equals(locale.getLanguage()) ? JAPANESE : ENGLISH).stringPropertyNames();
  }

  static String format(String key, Locale locale, Object... args) {
    boolean ja = "ja".equals(locale.getLanguage());
    Properties bundle = ja ? JAPANESE : ENGLISH;
    String pattern = bundle.getProperty(key, ENGLISH.getProperty(key));
    if (pattern == null) {
      throw new IllegalArgumentException("no message for " + key);
    }
    Object[] resolved = args;
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Key) {
        if (resolved == args) {
          resolved = args.clone();
        }
        resolved[i] = format(((Key) args[i]).key, locale);
      }
    }
    // Numbers are written the bundle's way, not the caller's (no 1.234 for a German locale in an English text).
    return new MessageFormat(pattern, ja ? Locale.JAPANESE : Locale.ENGLISH).format(resolved);
  }

  /** A message argument that is itself a message of the bundle, such as the name of a JSON type. */
  static final class Key {
    final String key;

    Key(String key) {
      this.key = key;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key && ((Key) o).key.equals(key);
    }

    @Override
    public int hashCode() {
      return key.hashCode();
    }

    @Override
    public String toString() {
      return key;
    }
  }
}
