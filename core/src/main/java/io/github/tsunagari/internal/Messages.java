package io.github.tsunagari.internal;

import io.github.tsunagari.Bilingual;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The library's messages: the resource bundle {@code io.github.tsunagari.internal.messages}, English (the base bundle)
 * and Japanese ({@code _ja}). Not part of the API.
 *
 * <p>Every message is looked up for exactly {@link Locale#JAPANESE} or {@link Locale#ENGLISH}: Japanese for a locale
 * whose language is {@code ja}, English otherwise. An explicit {@code messages_en} bundle keeps the lookup from falling
 * back to the JVM's default locale, which a {@code ResourceBundle.Control} cannot do in a named module.
 *
 * <p>Data reaches a message only as a {@link MessageFormat} argument, which is never parsed as a pattern: text such as
 * {@code ${1+1}} or <code>{0}</code> in data comes out verbatim. An argument that is itself a {@link Message}, or a
 * {@link Bilingual} name, is written in the same language, so that a message is wholly in one language.
 */
public final class Messages {
  private static final String BUNDLE = "io.github.tsunagari.internal.messages";

  private Messages() {}

  /** Japanese for a locale whose language is {@code ja}, English for every other. */
  public static Locale language(Locale locale) {
    return "ja".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? Locale.JAPANESE : Locale.ENGLISH;
  }

  /** True for a locale whose language is Japanese. */
  public static boolean isJapanese(Locale locale) {
    return "ja".equals(Objects.requireNonNull(locale, "locale").getLanguage());
  }

  private static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(BUNDLE, language);
  }

  /**
   * True if the bundle has the key.
   *
   * @param key a message key
   * @return whether there is a message for it
   */
  public static boolean has(String key) {
    return bundle(Locale.ENGLISH).containsKey(key);
  }

  /**
   * The keys of one language's own bundle file, for the tests that both languages say everything.
   *
   * @param locale the language
   * @return the keys defined in that file (not those inherited from the base bundle)
   */
  public static Set<String> keys(Locale locale) {
    String file = "messages" + (isJapanese(locale) ? "_ja" : "") + ".properties";
    java.util.Properties p = new java.util.Properties();
    try (java.io.InputStream in = Messages.class.getResourceAsStream(file)) {
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (java.io.IOException | NullPointerException e) {
      throw new IllegalStateException("message bundle " + file + " is missing", e);
    }
    return p.stringPropertyNames();
  }

  /**
   * Formats a message.
   *
   * @param key the message key
   * @param locale the reader's locale: Japanese for {@code ja}, English otherwise
   * @param args the arguments; {@link Message}s among them are formatted in the same language
   * @return the message
   * @throws IllegalArgumentException if there is no such message
   */
  public static String format(String key, Locale locale, Object... args) {
    Locale language = language(locale);
    String pattern;
    try {
      pattern = bundle(language).getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("no message for " + key, e);
    }
    Object[] resolved = args;
    for (int i = 0; i < args.length; i++) {
      if (args[i] instanceof Message || args[i] instanceof Bilingual) {
        if (resolved == args) {
          resolved = args.clone();
        }
        resolved[i] = args[i] instanceof Message ? ((Message) args[i]).format(language)
            : ((Bilingual) args[i]).getDisplayName(language);
      }
    }
    // Numbers are written the language's way, not the caller's (no 1.234 for a German locale in an English text).
    return new MessageFormat(pattern, language).format(resolved);
  }

  /**
   * Named things for a message, in either language: joined with {@code ・} in Japanese, with commas in English.
   *
   * @param items the things, in order
   * @return their names
   */
  public static Bilingual list(java.util.Collection<? extends Bilingual> items) {
    java.util.StringJoiner ja = new java.util.StringJoiner("・");
    java.util.StringJoiner en = new java.util.StringJoiner(", ");
    for (Bilingual b : items) {
      ja.add(b.getJapaneseName());
      en.add(b.getEnglishName());
    }
    return new Names(ja.toString(), en.toString());
  }

  /**
   * Texts of the data for a message, as they are in either language, joined with {@code 、} in Japanese and with
   * commas in English.
   *
   * @param texts the texts, in order
   * @return the list
   */
  public static Bilingual data(java.util.Collection<String> texts) {
    return new Names(String.join("、", texts), String.join(", ", texts));
  }

  /** A name in two languages, compared by value. */
  public static final class Names implements Bilingual {
    private final String japanese;
    private final String english;

    /**
     * A name.
     *
     * @param japanese in Japanese
     * @param english in English
     */
    public Names(String japanese, String english) {
      this.japanese = Objects.requireNonNull(japanese);
      this.english = Objects.requireNonNull(english);
    }

    @Override
    public String getJapaneseName() {
      return japanese;
    }

    @Override
    public String getEnglishName() {
      return english;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Names && ((Names) o).japanese.equals(japanese) && ((Names) o).english.equals(english);
    }

    @Override
    public int hashCode() {
      return 31 * japanese.hashCode() + english.hashCode();
    }

    @Override
    public String toString() {
      return japanese + "/" + english;
    }
  }

  /**
   * A message not yet formatted: a key and its arguments. Formatted in the reader's language when it is read, so that
   * one object can be shown in Japanese and in English. Immutable; compares by key and arguments.
   */
  public static final class Message {
    private final String key;
    private final Object[] args;

    /**
     * A message.
     *
     * @param key the message key
     * @param args its arguments: text, numbers, or further messages
     */
    public Message(String key, Object... args) {
      this.key = Objects.requireNonNull(key, "key");
      this.args = args.clone();
    }

    /** The message key. */
    public String key() {
      return key;
    }

    /**
     * The message in the given language.
     *
     * @param locale the reader's locale
     * @return the formatted message
     */
    public String format(Locale locale) {
      return Messages.format(key, locale, args);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Message && ((Message) o).key.equals(key) && Arrays.equals(((Message) o).args, args);
    }

    @Override
    public int hashCode() {
      return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    /** The key and arguments, without formatting: for ordering and debugging. */
    @Override
    public String toString() {
      return args.length == 0 ? key : key + Arrays.toString(args);
    }
  }
}
