package io.rampart.world.realtime;

/**
 * The wall clock, seen only by {@link RealTimeDriver}. Protocol code never gets one. Tests pass a
 * fake that advances when asked to sleep.
 */
public interface WallClock {

  /** Monotonic nanoseconds, arbitrary origin. */
  long nanoTime();

  void sleepNanos(long nanos) throws InterruptedException;

  /** The JVM's monotonic clock and {@link Thread#sleep}. */
  static WallClock system() {
    return new WallClock() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleepNanos(long nanos) throws InterruptedException {
        Thread.sleep(nanos / 1_000_000L, (int) (nanos % 1_000_000L));
      }
    };
  }
}
