package org.newsgraph.link;

/**
 * File names and layout of an on-disk WikiDict index directory (all big-endian, written by
 * {@link WikiDictIndexBuilder}, mapped read-only by {@link WikiDictIndex}):
 * <pre>
 *   meta.properties   format, source, counts (written last: its presence marks a complete index)
 *   keys.bin          long[K]   64-bit hashes of normalised surfaces, sorted as unsigned
 *   buckets.bin       int[2^20+1] first key index for each value of the top 20 hash bits
 *   offsets.bin       int[K+1]  first posting of each key
 *   postings.bin      (int titleId, float prior, int caseHash)[P], per key by descending prior, at most top-K:
 *                     one entry per case variant of the surface (caseHash = Surfaces.caseHash of the surface as
 *                     written, 0 for a title reachable only by its own name); priors kept to 1/65535
 *   titles.bin        UTF-8 bytes of all titles;  title-offsets.bin int[T+1]
 *   title-info.bin    int[T]    popularity (number of surface forms, 24 bits) &lt;&lt; 8 | TitleType code
 *   title-keys.bin    long[T]   hashes of the exact titles, sorted as unsigned;  title-ids.bin int[T] alongside
 * </pre>
 */
final class IndexFiles {
    private IndexFiles() {}

    static final int FORMAT = 2;
    static final int BUCKET_BITS = 20;

    static final String META = "meta.properties";
    static final String KEYS = "keys.bin";
    static final String BUCKETS = "buckets.bin";
    static final String OFFSETS = "offsets.bin";
    static final String POSTINGS = "postings.bin";
    static final String TITLES = "titles.bin";
    static final String TITLE_OFFSETS = "title-offsets.bin";
    static final String TITLE_INFO = "title-info.bin";
    static final String TITLE_KEYS = "title-keys.bin";
    static final String TITLE_IDS = "title-ids.bin";

    static int bucket(long key) { return (int) (key >>> (64 - BUCKET_BITS)); }
}
