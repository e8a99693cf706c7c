package org.newsgraph.link;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * An external sort of (key, value) pairs of longs with bounded memory, for the indexes' names: pairs are collected in
 * two fixed arrays, radix-sorted by key and spilled to a run file in {@code dir} when full; at the end the runs and
 * the last in-memory batch are merged, and each key is handed over once with all its values (sorted). Run files are
 * deleted after the merge. {@link #inMemory} keeps everything in arrays that grow instead (the WikiDict's 21 M pairs
 * fit), grouped straight from the sorted arrays.
 */
final class SortedRuns {
    /** Receives one key with its values ({@code values[0..count)}, ascending), keys in unsigned ascending order. */
    interface KeyGroup {
        void accept(long key, long[] values, int count) throws IOException;
    }

    private final Path dir;
    private long[] keys, values;
    private int n;
    private long added;
    private final List<Path> files = new ArrayList<>();

    /** Spills a run into {@code dir} each time {@code capacity} pairs are held. */
    SortedRuns(Path dir, int capacity) {
        this.dir = dir;
        this.keys = new long[capacity];
        this.values = new long[capacity];
    }

    /** Holds every pair in memory, in arrays of {@code initialCapacity} that grow by half when full; never spills. */
    static SortedRuns inMemory(int initialCapacity) { return new SortedRuns(null, initialCapacity); }

    void add(long key, long value) throws IOException {
        if (n == keys.length) {
            if (dir == null) grow();
            else spill();
        }
        keys[n] = key;
        values[n++] = value;
        added++;
    }

    /** Pairs added so far. */
    long size() { return added; }

    /** Run files written so far. */
    int spilled() { return files.size(); }

    private void grow() throws IOException {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, n + (n >> 1) + 1L);
        if (cap == n) throw new IOException("more than " + n + " pairs to sort in memory");
        keys = Arrays.copyOf(keys, cap);
        values = Arrays.copyOf(values, cap);
    }

    private void spill() throws IOException {
        RadixSort.sortUnsigned(keys, values, n);
        Path f = dir.resolve("run-" + files.size() + ".tmp");
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(f), 1 << 20))) {
            for (int i = 0; i < n; i++) { out.writeLong(keys[i]); out.writeLong(values[i]); }
        }
        files.add(f);
        n = 0;
    }

    /** Merges everything and hands each key with its values to {@code group}; the pairs are gone afterwards. */
    void merge(KeyGroup group) throws IOException {
        RadixSort.sortUnsigned(keys, values, n);
        if (files.isEmpty()) {
            groupSorted(group);
            return;
        }
        List<DataInputStream> open = new ArrayList<>();
        try {
            PriorityQueue<Cursor> heap = new PriorityQueue<>((a, b) -> {
                int c = Long.compareUnsigned(a.key, b.key);
                return c != 0 ? c : Long.compare(a.value, b.value);
            });
            for (Path f : files) {
                DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f), 1 << 16));
                open.add(in);
                Cursor c = new Cursor(in, null, null, 0);
                if (c.advance()) heap.add(c);
            }
            Cursor mem = new Cursor(null, keys, values, n);
            if (mem.advance()) heap.add(mem);
            long[] cand = new long[256];
            while (!heap.isEmpty()) {
                long k = heap.peek().key;
                int c = 0;
                while (!heap.isEmpty() && heap.peek().key == k) {
                    Cursor cur = heap.poll();
                    if (c == cand.length) cand = Arrays.copyOf(cand, c * 2);
                    cand[c++] = cur.value;
                    if (cur.advance()) heap.add(cur);
                }
                Arrays.sort(cand, 0, c);
                group.accept(k, cand, c);
            }
        } finally {
            for (DataInputStream in : open) in.close();
            for (Path f : files) Files.deleteIfExists(f);
            n = 0;
        }
    }

    /** Nothing was spilled: the groups are runs of equal keys in the sorted arrays. */
    private void groupSorted(KeyGroup group) throws IOException {
        long[] cand = new long[256];
        try {
            for (int i = 0; i < n; ) {
                long k = keys[i];
                int c = 0;
                for (; i < n && keys[i] == k; i++) {
                    if (c == cand.length) cand = Arrays.copyOf(cand, c * 2);
                    cand[c++] = values[i];
                }
                Arrays.sort(cand, 0, c);
                group.accept(k, cand, c);
            }
        } finally {
            n = 0;
        }
    }

    /** A cursor over sorted pairs: a run file, or the in-memory batch. */
    private static final class Cursor {
        final DataInputStream in;
        final long[] keys, values;
        final int n;
        int i;
        long key, value;

        Cursor(DataInputStream in, long[] keys, long[] values, int n) {
            this.in = in;
            this.keys = keys;
            this.values = values;
            this.n = n;
        }

        boolean advance() throws IOException {
            if (in == null) {
                if (i >= n) return false;
                key = keys[i];
                value = values[i++];
                return true;
            }
            try {
                key = in.readLong();
                value = in.readLong();
                return true;
            } catch (EOFException e) {
                return false;
            }
        }
    }
}
