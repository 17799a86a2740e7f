package io.rampart.l1.contracts.inbox;

/**
 * The forced-inclusion rule of derivation, as a pure function. Forced transactions are taken in
 * queue order. When a batch posted in an L1 block with timestamp {@code t} is derived, every forced
 * transaction whose deadline has passed ({@code t > deadline}, strictly) must come first, together
 * with any the sequencer pulled in earlier ({@code forcedThrough}).
 *
 * <p>If the sequencer posts nothing, derivation still includes due forced transactions: at each L1
 * block with a timestamp past a queued deadline, the due ones are derived on their own (a
 * forced-only L2 block).
 */
public final class ForcedInclusion {

  private ForcedInclusion() {}

  /**
   * How many forced transactions (a prefix of the queue) must be included by the time the batch or
   * block at {@code l1Timestamp} is derived.
   *
   * @param deadlines deadline of each queued forced transaction, in queue order
   * @param alreadyIncluded how many derivation has already included
   * @param forcedThrough what the batch declares (0 when deriving a block with no batch)
   */
  public static int includeThrough(
      long[] deadlines, int alreadyIncluded, long forcedThrough, long l1Timestamp) {
    int due = alreadyIncluded;
    while (due < deadlines.length && l1Timestamp > deadlines[due]) {
      due++;
    }
    long declared = Math.min(forcedThrough, deadlines.length);
    return (int) Math.max(due, Math.max(declared, alreadyIncluded));
  }
}
