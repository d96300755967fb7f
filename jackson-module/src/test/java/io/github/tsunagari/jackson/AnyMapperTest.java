package io.github.tsunagari.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.tsunagari.program.GrantProgram;
import io.github.tsunagari.jsonsuite.HostileInputTest;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.read.InvalidGrantDataException;
import io.github.tsunagari.read.ReadResult;
import io.github.tsunagari.validation.Finding;
import io.github.tsunagari.validation.Rule;
import io.github.tsunagari.validation.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The module on any mapper reads as {@link GrantJsonReader} does (issue 17): the hostile documents of
 * {@code hostile/} and a few more, through the reader, through a mapper of {@link GrantJson#newMapper()}, through a
 * mapper of one's own built on {@link GrantJson#newFactory()}, and through mappers that know nothing of the library
 * but its module: a plain {@link ObjectMapper}, a {@link JsonMapper}, and the mapper Spring Boot 3.5 builds
 * ({@link JacksonAutoConfiguration}, with the module as a bean, read as Spring reads a request body).
 *
 * <p>With the library's factory, the findings are the reader's, exactly. Without it, what the README says differs:
 * the parser's bytes are not at hand, so a place is the byte and its line (the same byte), and malformed JSON inside
 * the value is named less precisely (the same rule, path and line); outside the value (an empty document, malformed
 * JSON before it, content after it) the mapper's own settings and exceptions apply. Every other finding is the
 * reader's.
 */
class AnyMapperTest {
  private static final GrantJsonReader READER = GrantJsonReader.create();
  /**
   * True if this Jackson reads a surrogate written as UTF-8 bytes as a character (jackson-core#363, before 2.21); an
   * overlong sequence or a code point past U+10FFFF it may read so until 2.23.
   */
  private static final boolean READS_SURROGATES = readsSurrogates();

  private static boolean readsSurrogates() {
    try (JsonParser p = new JsonFactory().createParser(new byte[] {'"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"'})) {
      p.nextToken();
      p.getText();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The mappers, each reading a document's bytes as a stream, as a framework reads a request body. */
  enum Mapper {
    NEW_MAPPER(true, GrantJson.newMapper()),
    OWN_MAPPER_ON_THE_FACTORY(true, JsonMapper.builder(GrantJson.newFactory()).addModule(new TsunagariModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build()),
    PLAIN_OBJECT_MAPPER(false, new ObjectMapper().registerModule(new TsunagariModule())),
    PLAIN_JSON_MAPPER(false, JsonMapper.builder().findAndAddModules().build()),
    SPRING_BOOT_3_5(false, springBoot());

    final boolean factory;
    final ObjectMapper mapper;

    Mapper(boolean factory, ObjectMapper mapper) {
      this.factory = factory;
      this.mapper = mapper;
    }
  }

  /** The {@link ObjectMapper} Spring Boot 3.5's auto-configuration builds, with the module registered as a bean. */
  static ObjectMapper springBoot() {
    ObjectMapper[] built = new ObjectMapper[1];
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
        .withBean(TsunagariModule.class)
        .run(context -> built[0] = context.getBean(ObjectMapper.class));
    return built[0];
  }

  /** Documents whose problem lies outside the value a deserializer reads. */
  private static final Set<String> OUTSIDE = Set.of("empty.json", "trailing-content.json",
      "invalid-utf8-first-byte.json", "junk-after-valid.json", "blank.json");

  static Stream<Arguments> documents() {
    List<Arguments> all = new ArrayList<>();
    List<String> files = new ArrayList<>();
    HostileInputTest.table().forEach(c -> files.add(c.file()));
    files.add("valid-base.json");
    for (Mapper m : Mapper.values()) {
      for (String f : files) {
        all.add(Arguments.of(m, f, HostileInputTest.resource(f)));
      }
      String base = HostileInputTest.text("valid-base.json");
      all.add(Arguments.of(m, "junk-after-valid.json", (base + "  x").getBytes(StandardCharsets.UTF_8)));
      all.add(Arguments.of(m, "blank.json", " \n ".getBytes(StandardCharsets.UTF_8)));
      all.add(Arguments.of(m, "title-after-japanese.json", base.replace("\"title\": \"", "\"title\": 1, \"x\": \"")
          .replace("\n", " ").getBytes(StandardCharsets.UTF_8)));
    }
    return all.stream();
  }

  /** What one mapper gave: the value, the findings of the library's exception, or the mapper's own exception. */
  record Outcome(Optional<GrantProgram> value, List<Finding> findings, Optional<Exception> own) {}

  static Outcome read(ObjectMapper mapper, byte[] bytes) {
    try {
      return new Outcome(Optional.of(mapper.readerFor(GrantProgram.class).readValue(new ByteArrayInputStream(bytes))),
          List.of(), Optional.empty());
    } catch (InvalidGrantJsonException e) {
      assertThat(InvalidGrantDataException.find(e)).map(InvalidGrantDataException::getReport)
          .contains(e.getReport());
      return new Outcome(Optional.empty(), e.getReport().getFindings(), Optional.empty());
    } catch (JsonProcessingException e) {
      return new Outcome(Optional.empty(), List.of(), Optional.of(e));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("documents")
  void theModuleReadsOnEveryMapperAsTheReaderDoes(Mapper m, String file, byte[] bytes) {
    ReadResult<GrantProgram> reader = READER.readProgram(new ByteArrayInputStream(bytes));
    Outcome mapper = read(m.mapper, bytes);

    if (reader.getValue().isPresent()) {
      assertThat(mapper.value()).as("%s on %s", file, m).isEqualTo(reader.getValue());
      return;
    }
    if (m.factory) {
      // Exactly the reader's findings; a mapper of one's own on the factory lacks only the library's context, so
      // that content after a value that is well-formed is Jackson's own exception (as FAIL_ON_TRAILING_TOKENS says).
      if (mapper.own().isPresent()) {
        assertThat(m).isEqualTo(Mapper.OWN_MAPPER_ON_THE_FACTORY);
        assertThat(reader.getReport().getFindings()).singleElement()
            .satisfies(f -> assertThat(f.getMessage(Locale.ENGLISH)).endsWith("more content after the end of the value"));
        return;
      }
      assertThat(mapper.findings()).as("%s on %s", file, m).containsExactlyElementsOf(reader.getReport().getFindings());
      return;
    }
    if (READS_SURROGATES && file.equals("invalid-utf8-surrogate.json")) {
      // A Jackson before 2.21 reads a surrogate written as UTF-8 bytes as a character (jackson-core#363); without
      // the bytes at hand the module cannot tell it from an escaped one, which is text: validation reports it.
      // (Likewise an overlong sequence before 2.23, read as the character it spells: only the library's factory
      // refuses it.)
      assertThat(mapper.value()).as("%s on %s", file, m).hasValueSatisfying(v -> assertThat(
          io.github.tsunagari.validation.GrantValidator.create().validate(v).getFindings())
          .extracting(Finding::getRuleId).contains("text.unpaired-surrogate"));
      return;
    }
    if (OUTSIDE.contains(file)) {
      // Outside the value, the mapper's own: its exception, or, after a value that can be read, no look at all
      // (FAIL_ON_TRAILING_TOKENS is off by default in Jackson 2 and in Spring Boot).
      assertThat(mapper.findings()).as("%s on %s", file, m).isEmpty();
      assertThat(mapper.own().isPresent() || mapper.value().isPresent()).as("%s on %s", file, m).isTrue();
      return;
    }
    assertThat(mapper.value()).as("%s on %s", file, m).isEmpty();
    assertThat(essence(mapper.findings(), bytes, true)).as("%s on %s", file, m)
        .containsExactlyElementsOf(essence(reader.getReport().getFindings(), bytes, false));
  }

  /**
   * What a mapper without the library's factory keeps of findings: rule, path and value; the message, except for
   * malformed JSON; the line; and, except for malformed JSON, the byte the reader's line and column name.
   */
  static List<String> essence(List<Finding> findings, byte[] bytes, boolean plain) {
    return findings.stream().map(f -> {
      boolean syntax = f.getRule() == Rule.READ_SYNTAX;
      StringBuilder s = new StringBuilder(f.getRuleId()).append(' ').append(f.getPath()).append(' ')
          .append(f.getValue().orElse("-"));
      if (!syntax) {
        s.append(' ').append(f.getMessage(Locale.ENGLISH));
      }
      SourceLocation at = f.getLocation().orElse(null);
      if (at instanceof SourceLocation.Position) {
        SourceLocation.Position p = (SourceLocation.Position) at;
        s.append(" line ").append(p.getLine());
        if (!syntax) {
          s.append(" byte ").append(byteOf(bytes, p.getLine(), p.getColumn()));
        }
        assertThat(plain).as("a mapper without the library's factory places a finding by its byte: %s", f).isFalse();
      } else if (at instanceof SourceLocation.ByteOffset) {
        SourceLocation.ByteOffset b = (SourceLocation.ByteOffset) at;
        s.append(" line ").append(b.getLine().orElse(0));
        if (!syntax) {
          s.append(" byte ").append(b.getOffset());
        }
      }
      return s.toString();
    }).collect(Collectors.toList());
  }

  /** The byte offset of a line and column of characters in UTF-8 bytes. */
  static long byteOf(byte[] bytes, int line, int column) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    int start = 0;
    for (int l = 1; l < line; l++) {
      start = text.indexOf('\n', start) + 1;
    }
    String before = text.substring(0, start + column - 1);
    if (before.startsWith("\uFEFF")) {
      before = before.substring(1);
      return before.getBytes(StandardCharsets.UTF_8).length + 3;
    }
    return before.getBytes(StandardCharsets.UTF_8).length;
  }
}
