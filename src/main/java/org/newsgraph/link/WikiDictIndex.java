package org.newsgraph.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The WikiDict index, memory-mapped read-only: normalised surface → ranked candidate titles with their priors, and
 * per title its coarse {@link TitleType} and popularity. Opening maps a few files and reads nothing else, so it
 * takes milliseconds; the heap holds none of the data. Thread-safe.
 *
 * <pre>
 *   try (WikiDictIndex index = WikiDictIndex.open(dir)) {
 *       List&lt;Candidate&gt; cands = index.candidates("U.S.");      // United_States 0.97, …
 *   }
 * </pre>
 */
public final class WikiDictIndex implements AutoCloseable {
    private final Path dir;
    private final Properties meta;
    private final LongBuffer keys;
    private final IntBuffer buckets;
    private final IntBuffer offsets;
    private final IntBuffer postings;
    private final ByteBuffer titles;
    private final IntBuffer titleOffsets;
    private final IntBuffer titleInfo;
    private final LongBuffer titleKeys;
    private final IntBuffer titleIds;
    private final int keyCount;
    private final int titleCount;

    /**
     * One candidate title for a surface. {@code prior} is the best WikiDict prior among the surface's case variants
     * ("Portland", "PORTLAND", "portland" share one key); {@code exactPrior} the prior of the variant written exactly
     * as asked (case kept), 0 when that exact surface is not a WikiDict entry for this title.
     */
    public record Candidate(int titleId, String title, float prior, TitleType type, int popularity, float exactPrior) {
        public Candidate(int titleId, String title, float prior, TitleType type, int popularity) {
            this(titleId, title, prior, type, popularity, 0f);
        }
    }

    private WikiDictIndex(Path dir) throws IOException {
        this.dir = dir;
        this.meta = IndexFiles.meta(dir, IndexFiles.FORMAT, "WikiDict");
        keys = map(IndexFiles.KEYS).asLongBuffer();
        buckets = map(IndexFiles.BUCKETS).asIntBuffer();
        offsets = map(IndexFiles.OFFSETS).asIntBuffer();
        postings = map(IndexFiles.POSTINGS).asIntBuffer();
        titles = map(IndexFiles.TITLES);
        titleOffsets = map(IndexFiles.TITLE_OFFSETS).asIntBuffer();
        titleInfo = map(IndexFiles.TITLE_INFO).asIntBuffer();
        titleKeys = map(IndexFiles.TITLE_KEYS).asLongBuffer();
        titleIds = map(IndexFiles.TITLE_IDS).asIntBuffer();
        keyCount = keys.capacity();
        titleCount = titleInfo.capacity();
    }

    /** Opens (maps) a complete index directory. */
    public static WikiDictIndex open(Path dir) throws IOException { return new WikiDictIndex(dir); }

    private ByteBuffer map(String name) throws IOException { return IndexFiles.map(dir, name); }

    public Path directory() { return dir; }

    /** The index's metadata (format, source, counts, build time). */
    public Properties meta() {
        Properties p = new Properties();
        p.putAll(meta);
        return p;
    }

    public int keyCount() { return keyCount; }

    public int titleCount() { return titleCount; }

    /**
     * Ranked candidates (descending prior, then popularity) for a surface form, one per title; empty when unknown.
     * Each says the prior of the surface exactly as written ({@link Candidate#exactPrior}).
     */
    public List<Candidate> candidates(String surface) {
        return candidates(Surfaces.keyHash(surface), Surfaces.caseHash(surface));
    }

    /** Ranked candidates for an already hashed normalised key (no exact-case information). */
    public List<Candidate> candidatesOfKey(long key) { return candidates(key, -1); }

    private List<Candidate> candidates(long key, int caseHash) {
        int slot = slot(key);
        if (slot < 0) return List.of();
        int from = offsets.get(slot), to = offsets.get(slot + 1);
        List<Candidate> out = new ArrayList<>(to - from);
        for (int p = from; p < to; p++) {
            int id = postings.get(3 * p);
            float prior = Float.intBitsToFloat(postings.get(3 * p + 1));
            float exact = postings.get(3 * p + 2) == caseHash ? prior : 0f;
            int seen = -1;
            for (int i = 0; i < out.size(); i++) if (out.get(i).titleId() == id) { seen = i; break; }
            if (seen >= 0) {
                Candidate c = out.get(seen);
                if (exact > c.exactPrior()) out.set(seen, new Candidate(id, c.title(), c.prior(), c.type(), c.popularity(), exact));
                continue;
            }
            int info = titleInfo.get(id);
            out.add(new Candidate(id, title(id), prior, TitleType.ofCode(info & 0xFF), info >>> 8, exact));
        }
        return out;
    }

    /**
     * The WikiDict's own entry for the surface exactly as written (case kept, white space and typography
     * normalised), or null when the WikiDict has no such surface or it points at a disambiguation page or list.
     * "Portland" → {@code Portland,_Oregon} while "PORTLAND" → {@code Portland,_Maine}.
     */
    public String exactTitle(String surface) {
        int slot = slot(Surfaces.keyHash(surface));
        if (slot < 0) return null;
        int caseHash = Surfaces.caseHash(surface);
        int best = -1;
        float bestPrior = 0;
        for (int p = offsets.get(slot), to = offsets.get(slot + 1); p < to; p++) {
            if (postings.get(3 * p + 2) != caseHash) continue;
            int id = postings.get(3 * p);
            float prior = Float.intBitsToFloat(postings.get(3 * p + 1));
            if (prior <= 0 || type(id) == TitleType.NON_ENTITY) continue;
            if (prior > bestPrior) { bestPrior = prior; best = id; }
        }
        return best < 0 ? null : title(best);
    }

    /**
     * The WikiDict's top title for a surface, or null. Case variants share one normalised key, so a rare title
     * that owns one odd variant ("london" → LDN_(song), prior 1.0) must not beat the title of the usual form
     * ("London" → London, 0.94): candidates with a prior are ranked by {@code prior × ln(2 + popularity)}.
     * Disambiguation pages and lists are skipped.
     */
    public String topTitle(String surface) {
        int slot = slot(Surfaces.keyHash(surface));
        if (slot < 0) return null;
        int best = -1;
        double bestScore = 0;
        for (int p = offsets.get(slot), to = offsets.get(slot + 1); p < to; p++) {
            int id = postings.get(3 * p);
            float prior = Float.intBitsToFloat(postings.get(3 * p + 1));
            if (prior <= 0 || type(id) == TitleType.NON_ENTITY) continue;
            double score = prior * Math.log(2 + popularity(id));
            if (score > bestScore) { bestScore = score; best = id; }
        }
        return best < 0 ? null : title(best);
    }

    /** Number of postings (case variants included) for a hashed key, -1 when absent (benchmark: no allocation). */
    public int candidateCount(long key) {
        int slot = slot(key);
        return slot < 0 ? -1 : offsets.get(slot + 1) - offsets.get(slot);
    }

    /** Index of {@code key} in the sorted key array, or -1. */
    int slot(long key) { return IndexFiles.slot(keys, buckets, key); }

    /** The title with this id (underscores, as in Wikipedia URLs). */
    public String title(int id) {
        int from = titleOffsets.get(id), to = titleOffsets.get(id + 1);
        byte[] b = new byte[to - from];
        titles.get(from, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    public TitleType type(int id) { return TitleType.ofCode(titleInfo.get(id) & 0xFF); }

    /** Number of WikiDict surface forms pointing at the title: a cheap popularity measure. */
    public int popularity(int id) { return titleInfo.get(id) >>> 8; }

    /** The id of an exact title ({@code Xi_Jinping}), or -1 when the WikiDict does not know it. */
    public int titleId(String title) {
        String t = title.replace(' ', '_');
        long h = Surfaces.hash(t);
        // Step over hash neighbours to the exact title.
        for (int a = IndexFiles.firstTitleKey(titleKeys, h); a >= 0 && a < titleCount && titleKeys.get(a) == h; a++) {
            int id = titleIds.get(a);
            if (title(id).equals(t)) return id;
        }
        return -1;
    }

    /** Mapped buffers are released by the garbage collector; nothing else to free. */
    @Override
    public void close() {}
}
