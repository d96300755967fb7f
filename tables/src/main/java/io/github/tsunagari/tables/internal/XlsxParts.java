package io.github.tsunagari.tables.internal;

import io.github.tsunagari.validation.ReadingLimit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The parts of an XLSX file (the entries of its zip) for POI's {@code OPCPackage}, each inflated under a guard against
 * zip bombs that fails with a type of its own.
 *
 * <p>Why not POI's guard as it is: {@link ZipSecureFile} refuses an entry that expands beyond its ratio or size, but
 * with a plain {@link IOException} whose only distinction is its message, so a reader could not tell a zip bomb from a
 * failing disk without reading POI's text. This source applies the same limits, read from {@link ZipSecureFile}'s
 * settings (so an application that adjusts them adjusts this guard too), and throws {@link ExpansionException}; POI's
 * own check on the same stream is turned off, so that it cannot trip first with its untyped exception.
 *
 * <p>The ratio is checked, as POI checks it, against the compressed bytes actually read so far (Commons Compress's
 * {@link InputStreamStatistics}), never against the size the zip's central directory states, which a crafted file can
 * overstate (found by review: a directory that claimed 1 MiB more, padded, let a bomb through). The streams come
 * from a plain Commons Compress {@link ZipFile} of the same file, since POI's threshold stream does not give its
 * counts; {@link ZipSecureFile} still lists the entries and refuses two of the same name.
 */
public final class XlsxParts implements ZipEntrySource {
  private final ZipSecureFile zip;
  private final ZipFile streams;
  private boolean closed;

  private XlsxParts(ZipSecureFile zip, ZipFile streams) {
    this.zip = zip;
    this.streams = streams;
  }

  /**
   * Opens the parts of a zip file. {@link ZipSecureFile} refuses two entries of the same name (which could hide a
   * part) with {@code InvalidZipException}.
   *
   * @param file the file
   * @return its parts
   * @throws IOException if it is not a zip ({@link java.util.zip.ZipException}) or cannot be read
   */
  public static XlsxParts open(Path file) throws IOException {
    ZipSecureFile zip = new ZipSecureFile(file.toFile());
    try {
      return new XlsxParts(zip, ZipFile.builder().setPath(file).get());
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  @Override
  public Enumeration<? extends ZipArchiveEntry> getEntries() {
    return zip.getEntries();
  }

  @Override
  public ZipArchiveEntry getEntry(String path) {
    // As ZipFileZipEntrySource does: OPC part names match zip entries without regard to case or separator.
    String normalized = path.replace('\\', '/');
    ZipArchiveEntry entry = zip.getEntry(normalized);
    if (entry != null) {
      return entry;
    }
    for (Enumeration<ZipArchiveEntry> all = zip.getEntries(); all.hasMoreElements(); ) {
      ZipArchiveEntry e = all.nextElement();
      if (normalized.equalsIgnoreCase(e.getName().replace('\\', '/'))) {
        return e;
      }
    }
    return null;
  }

  @Override
  public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
    ZipArchiveEntry same = streams.getEntry(entry.getName());
    if (same == null) {
      throw new java.util.zip.ZipException("no entry " + entry.getName()); // cannot be: one file, read twice
    }
    return new Guard(streams.getInputStream(same), entry.getCompressedSize());
  }

  @Override
  public void close() throws IOException {
    closed = true;
    try {
      zip.close();
    } finally {
      streams.close();
    }
  }

  @Override
  public boolean isClosed() {
    return closed;
  }

  /** Counts the bytes an entry expands to, and stops at a limit. */
  private static final class Guard extends CountedInput {
    private final long compressed;
    private long expanded;

    Guard(InputStream in, long compressed) {
      super(in);
      this.compressed = Math.max(compressed, 0);
    }

    /** The compressed bytes read so far, where the stream counts them; else the size the directory states. */
    private long compressed() {
      return in instanceof InputStreamStatistics ? ((InputStreamStatistics) in).getCompressedCount() : compressed;
    }

    @Override
    protected void counted(long n) throws ExpansionException {
      expanded += n;
      long maxSize = ZipSecureFile.getMaxEntrySize();
      if (expanded > maxSize) {
        throw new ExpansionException(ReadingLimit.EXPANDED_SIZE, maxSize);
      }
      double minRatio = ZipSecureFile.getMinInflateRatio();
      if (expanded > ZipSecureFile.getGraceEntrySize() && minRatio > 0
          && (double) compressed() / expanded < minRatio) {
        throw new ExpansionException(ReadingLimit.EXPANSION_RATIO, Math.round(1 / minRatio));
      }
    }
  }
}
