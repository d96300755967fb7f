package io.github.tsunagari.cli;

import io.github.tsunagari.internal.Text;
import io.github.tsunagari.program.FiscalYear;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The command-line tool {@code tsunagari}: {@code tsunagari validate FILE…} checks grant data and reports every
 * finding; {@code tsunagari convert FILE} converts it between the published sheet, CSV, XLSX, JSON and JSON Lines,
 * reporting as {@code validate} does. Their options, their help and their exit codes are declared once, on
 * {@link Validate} and {@link Convert}; {@code tsunagari --help} and {@code tsunagari COMMAND --help} print them.
 *
 * <p>Exit codes: {@value #OK} no errors; {@value #FINDINGS} errors found (or warnings, with {@code --strict});
 * {@value #UNUSABLE} a file could not be read (or written), or the command was misused.
 */
@Command(name = "tsunagari", mixinStandardHelpOptions = true, versionProvider = Tsunagari.Version.class,
    description = "Checks and converts grant data of 孤独・孤立対策推進交付金 (the Grant for Promoting Measures against "
        + "Loneliness and Isolation).",
    synopsisSubcommandLabel = "COMMAND",
    commandListHeading = "%nCommands:%n")
public final class Tsunagari implements Callable<Integer> {
  /** No errors. */
  public static final int OK = 0;
  /** Errors found, or warnings with {@code --strict}. */
  public static final int FINDINGS = 1;
  /** A file could not be read, or the command was misused. */
  public static final int UNUSABLE = 2;

  @Spec
  CommandSpec spec;

  private Tsunagari() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    quietLibraryLogging();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    boolean console = isTerminal();
    Terminal terminal = new Terminal(flag("tsunagari.stdout.terminal", console), flag("tsunagari.stderr.terminal",
        console));
    System.exit(run(System.in, out, err, terminal, args));
  }

  /**
   * Which of standard output and standard error are a terminal: progress is shown on standard error only where it is
   * one, and a workbook is never written to a terminal. Java cannot tell them apart (before Java 22 it tells only
   * whether standard input and output both are one), so {@code bin/tsunagari} tells it ({@code [ -t 1 ]},
   * {@code [ -t 2 ]}) in the system properties {@code tsunagari.stdout.terminal} and {@code tsunagari.stderr.terminal};
   * without them, as {@code java -jar}, both are taken from {@link #isTerminal()}.
   */
  record Terminal(boolean stdout, boolean stderr) {}

  private static boolean flag(String property, boolean otherwise) {
    String value = System.getProperty(property);
    return value == null ? otherwise : Boolean.parseBoolean(value);
  }

  /**
   * Apache POI (for XLSX) logs through the Log4j API, which finds no logging implementation in this jar and says so on
   * standard error ("Log4j API could not find a logging provider") when POI is first used: no place for it in a
   * command's output. Log4j's own simple provider, with its level OFF, is chosen here through system properties before
   * any Log4j class is loaded, rather than a logging implementation added to the jar only to discard its output. A
   * property set on the command line ({@code TSUNAGARI_JAVA_OPTS}) is kept, to see POI's logging when needed.
   */
  static void quietLibraryLogging() {
    System.getProperties().putIfAbsent("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
    System.getProperties().putIfAbsent("log4j2.simplelogLevel", "OFF");
  }

  /**
   * Runs the command.
   *
   * @param stdin standard input, for the file {@code -}
   * @param out standard output: reports, help, version
   * @param err standard error: progress, unreadable files, misuse
   * @param terminal whether a person watches (progress is shown then)
   * @param args the command line
   * @return the exit code
   */
  static int run(InputStream stdin, PrintStream out, PrintStream err, boolean terminal, String... args) {
    return run(stdin, out, err, new Terminal(terminal, terminal), args);
  }

  /**
   * Runs the command.
   *
   * @param stdin standard input, for the file {@code -}
   * @param out standard output
   * @param err standard error
   * @param terminal which of them are a terminal
   * @param args the command line
   * @return the exit code
   */
  static int run(InputStream stdin, PrintStream out, PrintStream err, Terminal terminal, String... args) {
    CommandLine line = commandLine(stdin, out, err, terminal);
    return line.execute(args);
  }

  /** The command line, with its commands and its streams; also for the tests that compare the README's usage. */
  static CommandLine commandLine(InputStream stdin, PrintStream out, PrintStream err, Terminal terminal) {
    CommandLine line = new CommandLine(new Tsunagari());
    line.addSubcommand(new CommandLine(new Validate(stdin, out, err, terminal.stderr())));
    line.addSubcommand(new CommandLine(new Convert(stdin, out, err, terminal)));
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setUsageHelpWidth(100);
    line.setParameterExceptionHandler(Tsunagari::misused);
    line.setExecutionExceptionHandler((e, command, parsed) -> {
      // Not expected: every problem with a file is reported as such. Say what it was, without a stack trace.
      command.getErr().println("tsunagari: " + Text.sanitize(String.valueOf(e)));
      return UNUSABLE;
    });
    return line;
  }

  /**
   * Misuse: picocli's message, with control characters of the command line escaped (they would reach the terminal
   * raw), then the usage of the command misused.
   */
  private static int misused(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("tsunagari: " + Text.sanitize(e.getMessage()));
    command.usage(err);
    return UNUSABLE;
  }

  /** Without a command: the usage, as misuse. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("tsunagari: no command");
    spec.commandLine().usage(spec.commandLine().getErr());
    return UNUSABLE;
  }

  /**
   * Whether the user watches a terminal. Java 22 and later tell it exactly ({@code Console.isTerminal()}); Java 17 only
   * tells whether standard input and output are both a terminal, which is the test used there.
   */
  static boolean isTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /** {@code --version}: the tool's version, from the build, and the Java it runs on. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"tsunagari " + version(),
          "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
    }

    /** The project's version, written into a resource by the build. */
    static String version() {
      Properties p = new Properties();
      try (InputStream in = Tsunagari.class.getResourceAsStream("version.properties")) {
        p.load(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return p.getProperty("version");
    }
  }

  /**
   * Reads {@code --encoding}: UTF-8, Windows-31J or Shift_JIS, in any case, and no other (a CSV file of grants is in
   * one of them); Shift_JIS is Java's, without the characters Windows-31J adds (①, ㈱), for a file that is exactly
   * that.
   */
  static final class EncodingConverter implements CommandLine.ITypeConverter<java.nio.charset.Charset> {
    private static final List<String> NAMES = List.of("UTF-8", "Windows-31J", "Shift_JIS");

    @Override
    public java.nio.charset.Charset convert(String value) {
      for (String name : NAMES) {
        if (name.equalsIgnoreCase(value.strip())) {
          return java.nio.charset.Charset.forName(name);
        }
      }
      throw new CommandLine.TypeConversionException("expected one of " + NAMES + " but was '" + value + "'");
    }
  }

  /**
   * Reads an option whose values are the constants of an enum as their {@code toString()} names them (such as
   * {@code 360giving}, which no constant can be named), in any case.
   *
   * @param <E> the enum
   */
  abstract static class Labels<E extends Enum<E>> implements CommandLine.ITypeConverter<E> {
    private final Class<E> type;

    Labels(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      for (E e : type.getEnumConstants()) {
        if (e.toString().equalsIgnoreCase(value.strip())) {
          return e;
        }
      }
      throw new CommandLine.TypeConversionException("expected one of " + List.of(type.getEnumConstants())
          + " (case-insensitive) but was '" + value + "'");
    }
  }

  /** Reads {@code --fiscal-year}: as {@link FiscalYear#parse} does, with its reason in English when it cannot. */
  static final class FiscalYearConverter implements CommandLine.ITypeConverter<FiscalYear> {
    @Override
    public FiscalYear convert(String value) {
      try {
        return FiscalYear.parse(value);
      } catch (io.github.tsunagari.InvalidValueException e) {
        throw new CommandLine.TypeConversionException(e.getMessage(Locale.ENGLISH));
      }
    }
  }
}
