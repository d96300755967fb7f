package io.github.tsunagari.interchange.rs;

import io.github.tsunagari.tables.internal.CountedInput;
import io.github.tsunagari.tables.internal.ExpansionException;
import io.github.tsunagari.validation.ReadingLimit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A ZIP file of the RS system's open data, read as a stream for its spending table (the entry named
 * {@code 5-1_….csv}), whatever the encoding of its entry names, under explicit limits against zip bombs.
 *
 * <p>Entry names: public code that reads these files says they are cp932 without the ZIP's UTF-8 flag
 * (igomuni/marumie-rssystem, {@code scripts/normalize_csv.py} at commit 8123b64: 「RS_2025 の ZIP はファイル名を
 * Shift-JIS (cp932) で格納している」, decoded there by re-encoding cp437 and decoding cp932); an earlier note said
 * Shift_JIS, and other tools write UTF-8, flagged or not. Names are therefore read as their bytes (ISO-8859-1, one
 * character a byte, unless the entry is flagged UTF-8, which {@link ZipInputStream} decodes as UTF-8) and then decoded
 * as strict UTF-8, else windows-31j (cp932), else Shift_JIS; a name none decodes keeps its bytes as characters. The
 * entry is found by the ASCII part of its name ({@code 5-1_…csv}), which every one of those encodings writes alike, so
 * a name decoded wrongly is still found.
 *
 * <p>Why not the guard of tsunagari-tables as it is: {@code XlsxParts} guards the parts of an XLSX file through POI's
 * {@code ZipSecureFile} settings and Commons Compress, over a file; this reads a stream with {@code java.util.zip}
 * and needs no POI. Both count through tables' {@link CountedInput}. The limits are its own and explicit: an entry may expand to {@value #MAX_EXPANDED_SIZE} bytes,
 * and, past the first {@value #GRACE_SIZE} bytes, to at most {@value #MAX_RATIO} times the compressed bytes read for it
 * (POI's default ratio), counted on the stream as read, never taken from the sizes a header states. Past a limit,
 * reading stops with tables' {@link ExpansionException}, a type of its own.
 *
 * <p>A stream is read once, so the first entry named so is the one read. The entries before it are inflated to be
 * skipped, as {@link ZipInputStream} must; they are counted together under the same limits, so that the work of
 * reading a file is bounded by its size.
 */
final class SpendingZip implements java.io.Closeable {
  /** The most bytes the spending table may expand to: 1 GiB (the FY2024 table has about 194,000 rows). */
  static final long MAX_EXPANDED_SIZE = 1L << 30;
  /** The most times an entry may expand beyond the compressed bytes read for it. */
  static final long MAX_RATIO = 100;
  /** The bytes an entry may expand to before the ratio is checked, as small entries compress unevenly. */
  static final long GRACE_SIZE = 1L << 20;
  /** The most entries looked at for the spending table (the RS files hold one each). */
  static final int MAX_ENTRIES = 1000;

  /** The spending table's entry: 5-1, an underscore, anything, .csv; in any folder. */
  private static final Pattern SPENDING_TABLE = Pattern.compile("(?i)(?:.*[/\\\\])?5-1_[^/\\\\]*\\.csv");
  private static final Charset WINDOWS_31J = Charset.forName("windows-31j");
  private static final Charset SHIFT_JIS = Charset.forName("Shift_JIS");

  private final Counting raw;
  private final ZipInputStream zip;

  private SpendingZip(InputStream in) {
    this.raw = new Counting(in);
    this.zip = new ZipInputStream(raw, StandardCharsets.ISO_8859_1);
  }

  /**
   * Opens a ZIP file for its spending table.
   *
   * @param in the file's bytes; not closed
   * @return the file
   */
  static SpendingZip of(InputStream in) {
    return new SpendingZip(in);
  }

  /**
   * Finds the spending table.
   *
   * @return the entry, or what the file holds instead
   * @throws IOException if the stream cannot be read
   * @throws java.util.zip.ZipException if it is not a well-formed ZIP file
   * @throws ExpansionException if the entries before the table expand past the limits
   */
  Found find() throws IOException {
    List<String> seen = new ArrayList<>();
    // The entries before the table are inflated to be skipped (ZipInputStream has no other way): all of them through
    // one guard, so that what they expand to together is bounded by the file's size, as the table's is.
    Guard skipped = new Guard(zip, raw);
    for (int i = 0; i < MAX_ENTRIES; i++) {
      if (i > 0) {
        skipped.transferTo(java.io.OutputStream.nullOutputStream());
      }
      ZipEntry entry;
      try {
        entry = zip.getNextEntry();
      } catch (IllegalArgumentException e) {
        // An entry flagged UTF-8 whose name is not: the JDK refuses the name with this unchecked exception.
        throw new java.util.zip.ZipException("an entry name flagged UTF-8 is not UTF-8");
      }
      if (entry == null) {
        break;
      }
      String name = decode(entry.getName());
      if (!entry.isDirectory() && SPENDING_TABLE.matcher(name).matches()) {
        return new Found(Optional.of(name), new Guard(zip, raw), List.of());
      }
      seen.add(name);
    }
    return new Found(Optional.empty(), InputStream.nullInputStream(), seen);
  }

  /** Releases the inflater; the caller's stream is not closed. */
  @Override
  public void close() throws IOException {
    zip.close();
  }

  /** The bytes of the file read so far: where reading stopped. */
  long position() {
    return raw.count;
  }

  /**
   * An entry's name decoded from its bytes: strict UTF-8, else windows-31j, else Shift_JIS. A name with a character
   * beyond one byte was flagged UTF-8 and decoded already.
   */
  static String decode(String name) {
    if (name.chars().anyMatch(c -> c > 0xFF)) {
      return name;
    }
    byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
    for (Charset charset : new Charset[] {StandardCharsets.UTF_8, WINDOWS_31J, SHIFT_JIS}) {
      try {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
      } catch (CharacterCodingException e) {
        // not this one: the next
      }
    }
    return name;
  }

  /**
   * What a ZIP file holds: the spending table's entry, or the names of the entries it holds instead.
   *
   * @param name the entry's name, decoded; empty if there is none
   * @param in the entry's bytes, guarded; empty if there is none
   * @param others the names of the entries looked at, where there is none
   */
  record Found(Optional<String> name, InputStream in, List<String> others) {}

  /** Counts the bytes of the file read. */
  private static final class Counting extends CountedInput {
    private long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    protected void counted(long n) {
      count += n;
    }

    @Override
    public void close() {
      // the caller's stream: not closed here
    }
  }

  /** Counts the bytes an entry expands to against the file's bytes read since it began, and stops at a limit. */
  private static final class Guard extends CountedInput {
    private final Counting raw;
    private final long start;
    private long expanded;

    Guard(InputStream entry, Counting raw) {
      super(entry);
      this.raw = raw;
      this.start = raw.count;
    }

    @Override
    public void close() {
      // the entry belongs to the file, which its reader closes
    }

    @Override
    protected void counted(long n) throws ExpansionException {
      expanded += n;
      if (expanded > MAX_EXPANDED_SIZE) {
        throw new ExpansionException(ReadingLimit.EXPANDED_SIZE, MAX_EXPANDED_SIZE);
      }
      long compressed = Math.max(raw.count - start, 1);
      if (expanded > GRACE_SIZE && expanded / compressed > MAX_RATIO) {
        throw new ExpansionException(ReadingLimit.EXPANSION_RATIO, MAX_RATIO);
      }
    }
  }
}
