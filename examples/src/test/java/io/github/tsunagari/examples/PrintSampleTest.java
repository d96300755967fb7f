package io.github.tsunagari.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PrintSampleTest {
  @Test
  void printsEveryGrantAndTheReport() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream previous = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      PrintSample.main(new String[] {"en"});
    } finally {
      System.setOut(previous);
    }
    String out = bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");

    assertThat(out).startsWith("令和6年度 孤独・孤立対策推進交付金（孤独・孤立対策担い手育成支援事業） 9件\n");
    assertThat(out).contains("1. 特定非営利活動法人 イシュープラスデザイン [北海道] 北海道における、")
        .contains("9. 特定非営利活動法人 フローレンス [全国] ")
        .contains("1 finding: no errors, 1 warning, no infos\n"
            + "WARNING eligibility.single-prefecture-area at /grants/0/project/serviceArea");
  }
}
