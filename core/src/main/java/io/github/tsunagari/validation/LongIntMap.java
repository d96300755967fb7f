package io.github.tsunagari.validation;

import java.util.Arrays;

/**
 * A map from {@code long} to {@code int} with open addressing: 12 bytes a slot and no object per entry, so that the
 * keys of a million grants fit in a few megabytes. Not thread-safe.
 */
final class LongIntMap {
  private static final long EMPTY = Long.MIN_VALUE;
  private static final int MISSING = -1;

  private long[] keys = newKeys(16);
  private int[] values = new int[16];
  private int size;

  private static long[] newKeys(int capacity) {
    long[] k = new long[capacity];
    Arrays.fill(k, EMPTY);
    return k;
  }

  /**
   * Stores the value if the key is absent.
   *
   * @return the value already stored for the key, or -1 if there was none (and the new value was stored)
   */
  int putIfAbsent(long key, int value) {
    if (key == EMPTY) {
      key = EMPTY + 1;
    }
    int slot = find(keys, key);
    if (keys[slot] == key) {
      return values[slot];
    }
    keys[slot] = key;
    values[slot] = value;
    if (++size * 4 >= keys.length * 3) {
      grow();
    }
    return MISSING;
  }

  private static int find(long[] keys, long key) {
    int mask = keys.length - 1;
    int slot = (int) mix(key) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = newKeys(oldKeys.length * 2);
    values = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        int slot = find(keys, oldKeys[i]);
        keys[slot] = oldKeys[i];
        values[slot] = oldValues[i];
      }
    }
  }

  /** The finalizer of MurmurHash3: spreads every bit of the key over the slot number. */
  static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }

  /** A 64-bit fingerprint of text (FNV-1a over its UTF-16 units, then mixed). */
  static long fingerprint(CharSequence text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }
}
