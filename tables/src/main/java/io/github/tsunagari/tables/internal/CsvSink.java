package io.github.tsunagari.tables.internal;

import io.github.tsunagari.tables.UnwritableCellException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV file written by Jackson's CSV module: one sheet, its header row first, records ended by CR LF (RFC 4180, as
 * Excel writes them), cells quoted where they need it, every cell guarded against formulas ({@link CellText}). UTF-8
 * starts with a byte order mark unless told not to, so that Excel opens it as UTF-8; a character the encoding cannot
 * write (Windows-31J has no 𠮷) is refused with the cell it is in, never replaced. Not part of the API.
 */
public final class CsvSink implements TableSink {
  private static final CsvFactory FACTORY = CsvFactory.builder().build();

  private final Writer out;
  private final CharsetEncoder encoder;
  private final Charset charset;
  private CsvGenerator generator;
  private List<String> header;
  private String sheet = "";
  private int rows;

  public CsvSink(OutputStream out, Charset charset, boolean byteOrderMark) throws IOException {
    this.charset = charset;
    this.encoder = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.out = new OutputStreamWriter(out, charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT));
    if (byteOrderMark && charset.equals(StandardCharsets.UTF_8)) {
      this.out.write('\uFEFF');
    }
  }

  @Override
  public void startSheet(String name, List<String> header) throws IOException {
    if (generator != null) {
      throw new IllegalStateException("a CSV file has one sheet");
    }
    CsvSchema.Builder schema = CsvSchema.builder().setLineSeparator("\r\n").setUseHeader(false);
    for (int i = 0; i < header.size(); i++) {
      schema.addColumn("c" + i);
    }
    generator = (CsvGenerator) FACTORY.createGenerator(out);
    generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    generator.setSchema(schema.build());
    this.header = List.copyOf(header);
    this.sheet = ""; // a CSV file's one sheet has no name, as its readers place their findings
    row(header);
  }

  @Override
  public void row(List<String> cells) throws IOException {
    rows++;
    generator.writeStartArray();
    for (int c = 0; c < cells.size(); c++) {
      String text = cells.get(c);
      if (!encoder.canEncode(text)) {
        throw new UnwritableCellException(UnwritableCellException.Reason.NOT_IN_ENCODING, sheet, rows, c + 1,
            c < header.size() ? header.get(c) : "", text.length());
      }
      generator.writeString(CellText.write(text));
    }
    generator.writeEndArray();
  }

  @Override
  public void finish() throws IOException {
    if (generator != null) {
      generator.flush();
    }
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (generator != null) {
      generator.close();
    }
    out.flush();
  }
}
