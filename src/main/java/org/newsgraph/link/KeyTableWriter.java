package org.newsgraph.link;

import java.io.Closeable;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the hashed-key table of an index in the {@link IndexFiles} layout, shared by the WikiDict and the Wikidata
 * index: keys in unsigned ascending order, each followed by its postings ({@code keys.bin}, {@code offsets.bin},
 * {@code postings.bin}); {@link #finish} ends the offsets and writes the bucket table ({@code buckets.bin}).
 *
 * <pre>
 *   try (KeyTableWriter out = new KeyTableWriter(dir)) {
 *       out.key(k); out.posting(id, prior, caseHash); …
 *       out.finish();
 *   }
 * </pre>
 */
final class KeyTableWriter implements Closeable {
    private final Path dir;
    private final DataOutputStream keys, offsets, postings;
    private final int[] buckets = new int[(1 << IndexFiles.BUCKET_BITS) + 1];
    private int lastBucket = -1;
    private int keyCount, postingCount;

    KeyTableWriter(Path dir) throws IOException {
        this.dir = dir;
        this.keys = IndexFiles.output(dir, IndexFiles.KEYS);
        this.offsets = IndexFiles.output(dir, IndexFiles.OFFSETS);
        this.postings = IndexFiles.output(dir, IndexFiles.POSTINGS);
    }

    /** Starts the next key (greater than the last one, as unsigned); its postings follow. */
    void key(long key) throws IOException {
        if (keyCount == Integer.MAX_VALUE - 1) throw new IOException("key table exceeds 2^31 keys");
        int b = IndexFiles.bucket(key);
        while (lastBucket < b) buckets[++lastBucket] = keyCount;
        keys.writeLong(key);
        offsets.writeInt(postingCount);
        keyCount++;
    }

    /** A posting of the current key. */
    void posting(int id, float prior, int caseHash) throws IOException {
        if (postingCount == Integer.MAX_VALUE) throw new IOException("key table exceeds 2^31 postings");
        postings.writeInt(id);
        postings.writeFloat(prior);
        postings.writeInt(caseHash);
        postingCount++;
    }

    int keyCount() { return keyCount; }

    int postingCount() { return postingCount; }

    /** After the last key: ends the offsets and writes the bucket table. */
    void finish() throws IOException {
        offsets.writeInt(postingCount);
        while (lastBucket < (1 << IndexFiles.BUCKET_BITS)) buckets[++lastBucket] = keyCount;
        try (DataOutputStream out = IndexFiles.output(dir, IndexFiles.BUCKETS)) {
            for (int v : buckets) out.writeInt(v);
        }
    }

    @Override
    public void close() throws IOException {
        try (keys; offsets; postings) {
            // closes all three, in reverse order, even when one fails
        }
    }
}
