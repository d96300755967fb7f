package io.github.tsunagari.validation;

import java.util.Arrays;

/**
 * A map from {@code long} to {@code int} with open addressing and linear probing: 12 bytes a slot and no object per
 * entry, so that the keys of a million grants take megabytes, not tens of them. The table grows by half when it is 85%
 * full (any size, not only powers of two; slots are chosen by multiplying the mixed key into the table size), so that
 * it is never much larger than it needs to be. Not thread-safe.
 */
final class LongIntMap {
  private static final long EMPTY = Long.MIN_VALUE;
  private static final int MISSING = -1;
  private static final int MAX_LOAD_PERCENT = 85;

  private long[] keys = newKeys(16);
  private int[] values = new int[16];
  private int size;
  /** Slots visited by growing and by probing, for the tests that prove the work linear. */
  long work;

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
    if (++size * 100L >= (long) keys.length * MAX_LOAD_PERCENT) {
      grow();
    }
    return MISSING;
  }

  /** The value stored for the key, or -1. */
  int get(long key) {
    if (key == EMPTY) {
      key = EMPTY + 1;
    }
    int slot = find(keys, key);
    return keys[slot] == key ? values[slot] : MISSING;
  }

  boolean isEmpty() {
    return size == 0;
  }

  private static int find(long[] keys, long key) {
    int n = keys.length;
    // The high 32 bits of the mixed key, scaled into 0..n-1 ("fast range"), for a table of any size.
    int slot = (int) (((mix(key) >>> 32) * n) >>> 32);
    while (keys[slot] != EMPTY && keys[slot] != key) {
      if (++slot == n) {
        slot = 0;
      }
    }
    return slot;
  }

  private void grow() {
    work += keys.length;
    long[] oldKeys = keys;
    int[] oldValues = values;
    int capacity = oldKeys.length + (oldKeys.length >> 1);
    keys = newKeys(capacity);
    values = new int[capacity];
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

  /** A 64-bit fingerprint of a kind and a text (FNV-1a over the kind and the text's UTF-16 units, then mixed). */
  static long fingerprint(int kind, CharSequence text) {
    long h = (0xcbf29ce484222325L ^ kind) * 0x100000001b3L;
    for (int i = 0; i < text.length(); i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }
}
