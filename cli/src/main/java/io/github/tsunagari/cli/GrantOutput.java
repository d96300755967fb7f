package io.github.tsunagari.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.tsunagari.jackson.GrantJson;
import io.github.tsunagari.program.Grant;
import io.github.tsunagari.read.GrantJsonReader;
import io.github.tsunagari.tables.GrantTableWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Where {@code convert} writes a stream of grants, one grant at a time, in bounded memory: JSON Lines and a JSON array
 * as they come; CSV and XLSX, whose columns are those that some grant fills and so are known only after the last
 * grant, from a temporary file of the grants as JSON Lines, which the table writer reads twice (once for the columns,
 * once for the rows). The temporary file holds only the grants written, already read and validated, so the input (which
 * may be standard input) is read once, and its report printed once.
 */
abstract class GrantOutput implements Closeable {
  /** Adds a grant. */
  abstract void add(Grant grant) throws IOException;

  /** Writes what is left to write; the stream is not closed. */
  abstract void finish() throws IOException;

  @Override
  public void close() throws IOException {}

  /** One grant a line, as it comes. */
  static GrantOutput jsonLines(OutputStream out) {
    return new GrantOutput() {
      @Override
      void add(Grant grant) throws IOException {
        out.write(GrantJson.writeLine(grant).getBytes(StandardCharsets.UTF_8));
      }

      @Override
      void finish() throws IOException {
        out.flush();
      }
    };
  }

  /** A JSON array of grants in canonical form, each element written as it comes. */
  static GrantOutput jsonArray(OutputStream out) throws IOException {
    JsonGenerator g = GrantJson.newGenerator(out);
    g.writeStartArray();
    return new GrantOutput() {
      @Override
      void add(Grant grant) throws IOException {
        g.writeObject(grant);
      }

      @Override
      void finish() throws IOException {
        g.writeEndArray();
        g.close();
        out.write('\n');
        out.flush();
      }
    };
  }

  /** A table, CSV or XLSX, written when the last grant is in: from a temporary file, read twice. */
  static GrantOutput table(GrantTableWriter writer, boolean xlsx, OutputStream out) throws IOException {
    return new Table(writer, xlsx, out);
  }

  private static final class Table extends GrantOutput {
    private final GrantTableWriter writer;
    private final boolean xlsx;
    private final OutputStream out;
    private final Path spool;
    private final BufferedWriter lines;
    private final List<Closeable> readers = new ArrayList<>();

    Table(GrantTableWriter writer, boolean xlsx, OutputStream out) throws IOException {
      this.writer = writer;
      this.xlsx = xlsx;
      this.out = out;
      this.spool = Files.createTempFile("tsunagari-", ".jsonl");
      this.lines = Files.newBufferedWriter(spool, StandardCharsets.UTF_8);
    }

    @Override
    void add(Grant grant) throws IOException {
      lines.write(GrantJson.writeLine(grant));
    }

    @Override
    void finish() throws IOException {
      lines.close();
      Iterable<Grant> grants = this::read;
      try {
        if (xlsx) {
          writer.writeXlsx(grants, out);
        } else {
          writer.writeCsv(grants, out);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      out.flush();
    }

    /** The spooled grants, read again from the start. */
    private Iterator<Grant> read() {
      BufferedReader in;
      try {
        in = Files.newBufferedReader(spool, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      readers.add(in);
      GrantJsonReader json = GrantJsonReader.create();
      return new Iterator<>() {
        private String next = line();

        private String line() {
          try {
            return in.readLine();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public boolean hasNext() {
          return next != null;
        }

        @Override
        public Grant next() {
          if (next == null) {
            throw new NoSuchElementException();
          }
          // Written by this command from a grant that was read and validated: it reads back as that grant.
          Grant grant = json.readGrant(next).orElseThrow();
          next = line();
          return grant;
        }
      };
    }

    @Override
    public void close() throws IOException {
      try {
        lines.close();
        for (Closeable r : readers) {
          r.close();
        }
      } finally {
        Files.deleteIfExists(spool);
      }
    }
  }
}
