package io.rampart.stark.commit;

import java.util.Arrays;
import java.util.List;

/** Verifier side of {@link MerkleTree#openBatch}. Pure; bounded work (linear in the opening). */
public final class MerkleBatch {
  private MerkleBatch() {}

  /**
   * Whether {@code leafDigests[i]} sits at leaf {@code indices[i]} (sorted, distinct, below
   * 2^depth) of the tree with {@code root}, using exactly the nodes in {@code proof}.
   */
  public static boolean verify(
      VectorHash hash,
      byte[] root,
      int depth,
      int[] indices,
      byte[][] leafDigests,
      List<byte[]> proof) {
    int count = indices.length;
    if (count == 0 || count != leafDigests.length || depth < 1 || depth > 31) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (indices[i] < 0 || indices[i] >= (1 << depth) || (i > 0 && indices[i] <= indices[i - 1])) {
        return false;
      }
    }
    int[] idx = indices.clone();
    byte[][] val = leafDigests.clone();
    byte[] buf = new byte[64];
    int used = 0;
    for (int d = 0; d < depth; d++) {
      int next = 0;
      for (int i = 0; i < count; i++) {
        int k = idx[i];
        byte[] left;
        byte[] right;
        if ((k & 1) == 0 && i + 1 < count && idx[i + 1] == k + 1) {
          left = val[i];
          right = val[i + 1];
          i++;
        } else {
          if (used >= proof.size()) {
            return false;
          }
          byte[] sib = proof.get(used++);
          if (sib.length != 32 || !hash.isValidNode(sib)) {
            return false;
          }
          left = (k & 1) == 0 ? val[i] : sib;
          right = (k & 1) == 0 ? sib : val[i];
        }
        System.arraycopy(left, 0, buf, 0, 32);
        System.arraycopy(right, 0, buf, 32, 32);
        byte[] parent = new byte[32];
        hash.combine(buf, 0, parent, 0);
        idx[next] = k >>> 1;
        val[next] = parent;
        next++;
      }
      count = next;
    }
    return used == proof.size() && count == 1 && Arrays.equals(val[0], root);
  }
}
