package org.newsgraph.link;

/** LSD radix sort of {@code long} keys (as unsigned) carrying a parallel {@code long} payload; 4 passes of 16 bits. */
final class RadixSort {
    private RadixSort() {}

    static void sortUnsigned(long[] keys, long[] payload, int n) {
        long[] k2 = new long[n];
        long[] p2 = new long[n];
        long[] srcK = keys, srcP = payload, dstK = k2, dstP = p2;
        int[] count = new int[1 << 16];
        for (int shift = 0; shift < 64; shift += 16) {
            java.util.Arrays.fill(count, 0);
            for (int i = 0; i < n; i++) count[(int) (srcK[i] >>> shift) & 0xFFFF]++;
            int sum = 0;
            for (int d = 0; d < count.length; d++) {
                int c = count[d];
                count[d] = sum;
                sum += c;
            }
            for (int i = 0; i < n; i++) {
                int d = (int) (srcK[i] >>> shift) & 0xFFFF;
                int at = count[d]++;
                dstK[at] = srcK[i];
                dstP[at] = srcP[i];
            }
            long[] t = srcK; srcK = dstK; dstK = t;
            t = srcP; srcP = dstP; dstP = t;
        }
        // After 4 passes (even), the sorted data is back in the original arrays.
    }
}
