package io.rampart.world.log;

import io.rampart.crypto.Bytes32;
import io.rampart.world.time.SimTime;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The world's event log, kept as a hash: SHA-256 over the concatenated canonical encodings of all
 * events so far, each encoded as {@code time_µs (8 bytes, big-endian) ‖ kind (UTF-8, 1-byte length
 * prefix) ‖ text (UTF-8, 4-byte length prefix)}. The digest is updated in a stream, so an event
 * costs one pass of SHA-256 over its bytes; {@link #hash()} finalizes a copy. Two logs have the
 * same hash exactly when they recorded the same entries (up to SHA-256 collisions): the hash covers
 * what the entries' texts describe and nothing else. The last few lines are kept in text for
 * failure reports.
 */
public final class EventLog {
  private final MessageDigest digest;
  private final ArrayDeque<String> tail = new ArrayDeque<>();
  private final int tailSize;
  private long count;
  private final byte[] header = new byte[8];

  public EventLog(int tailSize) {
    this.tailSize = tailSize;
    try {
      this.digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK must provide SHA-256", e);
    }
  }

  /** Appends one entry. */
  public void record(SimTime time, String kind, String text) {
    long t = time.micros();
    for (int i = 0; i < 8; i++) {
      header[i] = (byte) (t >>> (56 - 8 * i));
    }
    digest.update(header);
    byte[] k = kind.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) k.length);
    digest.update(k);
    byte[] x = text.getBytes(StandardCharsets.UTF_8);
    digest.update((byte) (x.length >>> 24));
    digest.update((byte) (x.length >>> 16));
    digest.update((byte) (x.length >>> 8));
    digest.update((byte) x.length);
    digest.update(x);
    count++;
    if (tailSize > 0) {
      if (tail.size() == tailSize) {
        tail.removeFirst();
      }
      tail.addLast(time + " " + kind + " " + text);
    }
  }

  /** The hash over every entry so far (the log keeps accepting entries). */
  public Bytes32 hash() {
    try {
      return Bytes32.adopt(((MessageDigest) digest.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 is cloneable", e);
    }
  }

  public long count() {
    return count;
  }

  /** The most recent entries, oldest first. */
  public List<String> tail() {
    return new ArrayList<>(tail);
  }
}
