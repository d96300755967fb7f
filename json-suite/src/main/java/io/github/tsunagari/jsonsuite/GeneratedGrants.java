package io.github.tsunagari.jsonsuite;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * An input stream of generated grants, made one record at a time so that it can be far larger than the heap: JSON
 * Lines, or a JSON array of the same records. Every record is valid and distinct (position and name differ).
 */
final class GeneratedGrants extends InputStream {
  private final int records;
  private final boolean array;
  private int next;
  private byte[] chunk = new byte[0];
  private int pos;
  private boolean closed;

  GeneratedGrants(int records, boolean array) {
    this.records = records;
    this.array = array;
    if (array) {
      chunk = "[\n".getBytes(StandardCharsets.UTF_8);
    }
  }

  static String record(int i) {
    return "{\"position\": " + (i + 1) + ", \"grantee\": {\"type\": \"organization\", \"name\": \"つながり支援団体" + i
        + "\", \"legalForm\": \"SPECIFIED_NONPROFIT_CORPORATION\", \"headOffice\": \"" + (i % 47 + 1) + "\"},"
        + " \"project\": {\"title\": \"地域の居場所づくりと担い手育成事業" + i + "\", \"summary\": \"孤独・孤立対策に取り組む"
        + "NPO等に対して、研修会とネットワーク会議を開催し、伴走型支援を行う。\", \"serviceArea\": {\"text\": \"全国\","
        + " \"nationwide\": true}, \"activities\": [{\"kind\": \"TRAINING\"}, {\"kind\": \"HANDS_ON_SUPPORT\"}],"
        + " \"targetGroups\": [\"NPOS\"], \"awardedAmount\": " + (1_000_000 + i) + "}}";
  }

  private boolean refill() {
    if (closed) {
      return false;
    }
    if (next == records) {
      closed = true;
      chunk = array ? "]\n".getBytes(StandardCharsets.UTF_8) : new byte[0];
      pos = 0;
      return chunk.length > 0;
    }
    String line = record(next) + (array && next + 1 < records ? ",\n" : "\n");
    next++;
    chunk = line.getBytes(StandardCharsets.UTF_8);
    pos = 0;
    return true;
  }

  @Override
  public int read() {
    while (pos == chunk.length) {
      if (!refill()) {
        return -1;
      }
    }
    return chunk[pos++] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) {
    if (len == 0) {
      return 0;
    }
    while (pos == chunk.length) {
      if (!refill()) {
        return -1;
      }
    }
    int n = Math.min(len, chunk.length - pos);
    System.arraycopy(chunk, pos, b, off, n);
    pos += n;
    return n;
  }
}
