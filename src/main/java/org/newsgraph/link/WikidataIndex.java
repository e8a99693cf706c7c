package org.newsgraph.link;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The offline Wikidata index built from a dump by {@link WikidataIndexBuilder}, memory-mapped read-only like the
 * WikiDict index: names → items (with a sitelink-based prior and the case variant, as {@link WikiDictIndex} has),
 * items by enwiki title, and each item's facts ({@link Item}). Opening takes milliseconds. Thread-safe.
 * <pre>
 *   meta.properties, keys.bin, buckets.bin, offsets.bin, postings.bin   as in {@link IndexFiles} (title id = item id)
 *   items.bin        48-byte records: qid, sitelinks, string offset (long), lat, lon (double; NaN none), geonames,
 *                    start date, end date (yyyymmdd ints; MIN_VALUE none), coarse TitleType, 3 bytes unused
 *   strings.bin      per item: enwiki title, label, description, website (u16 length + UTF-8), P31 count (u8) + ints,
 *                    strongly, then weakly related items: count (u16) + QIDs ascending each (wikidata-relations.tsv)
 *   title-keys.bin, title-ids.bin   hash of the enwiki title (underscores) → item id, sorted
 *   qids.bin         qid &lt;&lt; 32 | item id (longs), ascending
 * </pre>
 *
 * <pre>
 *   try (WikidataIndex wd = WikidataIndex.open(dir)) {
 *       wd.itemOfTitle("Xi_Jinping").map(WikidataIndex.Item::qid);   // "Q15031"
 *   }
 * </pre>
 */
public final class WikidataIndex implements AutoCloseable {
    /** 3: keys drop diacritics ({@link Surfaces#keyHash}), as the WikiDict index's do since its format 6. */
    static final int FORMAT = 3;
    static final String ITEMS = "items.bin";
    static final String STRINGS = "strings.bin";
    static final int RECORD = 48;

    private final Path dir;
    private final Properties meta = new Properties();
    private final LongBuffer keys;
    private final IntBuffer buckets, offsets, postings, titleIds;
    private final LongBuffer titleKeys, qids;
    private final ByteBuffer items;
    private final ByteBuffer[] strings;
    private final int itemCount, titleCount;
    private static final long STRING_CHUNK = 1L << 30;

    /** A candidate item for a name: its id, its prior for the name, and the prior of the name exactly as written. */
    public record Candidate(int item, float prior, float exactPrior) {}

    /**
     * An item's facts. {@code title} is the enwiki title (underscores) or null; dates are yyyymmdd ints (month, day 0
     * when unknown) or {@link WikidataDumpEntity#NO_DATE}: {@code start} = inception or birth, {@code end} =
     * dissolution or death.
     */
    public record Item(int id, String qid, String title, String label, String description, String website, List<String> p31,
                       int sitelinks, Double latitude, Double longitude, int geonames, int start, int end, TitleType type) {
        /** The title the linker uses for it: the enwiki title, else the QID (no Wikipedia page). */
        public String linkTitle() { return title != null ? title : qid; }

        public int startYear() { return start == WikidataDumpEntity.NO_DATE ? Integer.MIN_VALUE : start / 10000; }

        public int endYear() { return end == WikidataDumpEntity.NO_DATE ? Integer.MIN_VALUE : end / 10000; }

        /** As the online client's item (for {@link WikidataRdf}). */
        public WikidataItem toWikidataItem() {
            return new WikidataItem(qid, title, p31, latitude, longitude, geonames == 0 ? null : Integer.toString(geonames), website);
        }
    }

    private WikidataIndex(Path dir) throws IOException {
        this.dir = dir;
        meta.putAll(IndexFiles.meta(dir, FORMAT, "Wikidata"));
        keys = map(IndexFiles.KEYS).asLongBuffer();
        buckets = map(IndexFiles.BUCKETS).asIntBuffer();
        offsets = map(IndexFiles.OFFSETS).asIntBuffer();
        postings = map(IndexFiles.POSTINGS).asIntBuffer();
        titleKeys = map(IndexFiles.TITLE_KEYS).asLongBuffer();
        titleIds = map(IndexFiles.TITLE_IDS).asIntBuffer();
        items = map(ITEMS);
        qids = map(WikidataItemTables.QIDS).asLongBuffer();
        itemCount = items.capacity() / RECORD;
        titleCount = titleKeys.capacity();
        // strings.bin may exceed 2 GB: mapped in 1 GB chunks overlapping by 64 KB (no record is longer).
        try (FileChannel ch = FileChannel.open(dir.resolve(STRINGS), StandardOpenOption.READ)) {
            long size = ch.size();
            int n = (int) Math.max(1, (size + STRING_CHUNK - 1) / STRING_CHUNK);
            strings = new ByteBuffer[n];
            for (int i = 0; i < n; i++) {
                long from = i * STRING_CHUNK;
                strings[i] = ch.map(FileChannel.MapMode.READ_ONLY, from, Math.min(size - from, STRING_CHUNK + (1 << 20)));
            }
        }
    }

    public static WikidataIndex open(Path dir) throws IOException { return new WikidataIndex(dir); }

    private ByteBuffer map(String name) throws IOException { return IndexFiles.map(dir, name); }

    public Path directory() { return dir; }

    public Properties meta() {
        Properties p = new Properties();
        p.putAll(meta);
        return p;
    }

    public int itemCount() { return itemCount; }

    public int keyCount() { return keys.capacity(); }

    /** Items named so (label, alias, enwiki title or its base name), best prior first; one entry per item. */
    public List<Candidate> candidates(String surface) {
        int slot = slot(Surfaces.keyHash(surface));   // without diacritics, as English news writes names
        if (slot < 0) return List.of();
        int caseHash = Surfaces.caseHash(surface);
        List<Candidate> out = new ArrayList<>();
        for (int p = offsets.get(slot), to = offsets.get(slot + 1); p < to; p++) {
            int id = postings.get(3 * p);
            float prior = Float.intBitsToFloat(postings.get(3 * p + 1));
            float exact = (postings.get(3 * p + 2) & 0xFFFFFF) == (caseHash & 0xFFFFFF) ? prior : 0f;
            int seen = -1;
            for (int i = 0; i < out.size(); i++) if (out.get(i).item() == id) { seen = i; break; }
            if (seen < 0) out.add(new Candidate(id, prior, exact));
            else if (exact > out.get(seen).exactPrior()) out.set(seen, new Candidate(id, out.get(seen).prior(), exact));
        }
        return out;
    }

    private int slot(long key) { return IndexFiles.slot(keys, buckets, key); }

    /** The item whose enwiki title is {@code title} (spaces or underscores), or -1. */
    public int itemIdOfTitle(String title) {
        String t = title.replace(' ', '_');
        long h = Surfaces.hash(t);
        for (int a = IndexFiles.firstTitleKey(titleKeys, h); a >= 0 && a < titleCount && titleKeys.get(a) == h; a++) {
            int id = titleIds.get(a);
            String it = string(id, 0);
            if (it != null && it.replace(' ', '_').equals(t)) return id;
        }
        return -1;
    }

    public java.util.Optional<Item> itemOfTitle(String title) {
        int id = itemIdOfTitle(title);
        return id < 0 ? java.util.Optional.empty() : java.util.Optional.of(item(id));
    }

    /** The item of a link title: an enwiki title, or a QID for an item without a Wikipedia page. */
    public java.util.Optional<Item> itemOfLinkTitle(String linkTitle) {
        int id = itemIdOfLinkTitle(linkTitle);
        return id < 0 ? java.util.Optional.empty() : java.util.Optional.of(item(id));
    }

    /**
     * The item of a link title, or -1: a QID's item, else the item whose enwiki title it is, else — a title renamed
     * since the WikiDict's 2013 snapshot ("Kiev", now "Kyiv"; "Swaziland", now "Eswatini") — the best-known item
     * that has the title's text as its label or an alias and an English article under another title.
     */
    public int itemIdOfLinkTitle(String linkTitle) {
        if (Link.isQid(linkTitle)) return linkTitle.length() > 10 ? -1 : idOfQid(Integer.parseInt(linkTitle.substring(1)));
        int id = itemIdOfTitle(linkTitle);
        return id >= 0 ? id : renamedItem(linkTitle);
    }

    /** The item an old title now stands for (see {@link #itemIdOfLinkTitle}), or -1. */
    private int renamedItem(String title) {
        String text = title.replace('_', ' ');
        int best = -1;
        float bestPrior = 0;
        for (Candidate c : candidates(text)) {
            if (c.exactPrior() <= bestPrior || string(c.item(), 0) == null) continue;   // named so exactly, with an article
            best = c.item();
            bestPrior = c.exactPrior();
        }
        return best;
    }

    /** The coarse type of an item (from P31; no string read). */
    public TitleType type(int id) { return TitleType.ofCode(items.get(id * RECORD + 44)); }

    public int sitelinks(int id) { return items.getInt(id * RECORD + 4); }

    /** The link title of an item (enwiki title with underscores, else its QID). */
    public String linkTitle(int id) {
        String t = string(id, 0);
        return t != null ? t.replace(' ', '_') : "Q" + items.getInt(id * RECORD);
    }

    /** All facts of an item. */
    public Item item(int id) {
        int r = id * RECORD;
        int qid = items.getInt(r);
        long off = items.getLong(r + 8);
        ByteBuffer s = chunk(off);
        int pos = (int) (off % STRING_CHUNK);
        String[] str = new String[4];
        for (int i = 0; i < 4; i++) {
            int len = s.getShort(pos) & 0xFFFF;
            pos += 2;
            if (len > 0) {
                byte[] b = new byte[len];
                s.get(pos, b);
                str[i] = new String(b, StandardCharsets.UTF_8);
            }
            pos += len;
        }
        int n = s.get(pos) & 0xFF;
        pos++;
        List<String> p31 = new ArrayList<>(n);
        for (int i = 0; i < n; i++) p31.add("Q" + s.getInt(pos + 4 * i));
        double lat = items.getDouble(r + 16), lon = items.getDouble(r + 24);
        return new Item(id, "Q" + qid, str[0] == null ? null : str[0].replace(' ', '_'), str[1], str[2], str[3], p31,
                items.getInt(r + 4), Double.isNaN(lat) ? null : lat, Double.isNaN(lon) ? null : lon, items.getInt(r + 32),
                items.getInt(r + 36), items.getInt(r + 40), TitleType.ofCode(items.get(r + 44)));
    }

    /** The item of a QID number (42 for Q42), or -1 when the index does not hold it. */
    public int idOfQid(int qid) {
        int lo = 0, hi = qids.capacity() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int q = (int) (qids.get(mid) >>> 32);
            if (q < qid) lo = mid + 1;
            else if (q > qid) hi = mid - 1;
            else return (int) qids.get(mid);
        }
        return -1;
    }

    /** The English label of an item (else its language-neutral label), or null. */
    public String label(int id) { return string(id, 1); }

    /** The QID number of an item (Q42 → 42). */
    public int qid(int id) { return items.getInt(id * RECORD); }

    private static final int[] NONE = new int[0];

    /**
     * The QID numbers of the items this item is strongly related to (spouse, team, party, employer, capital of … :
     * {@code wikidata-relations.tsv}), ascending; empty when none.
     */
    public int[] related(int id) { return relations(id, false); }

    /** The QID numbers of the items this item is weakly related to (country, located in, citizenship …), ascending. */
    public int[] weaklyRelated(int id) { return relations(id, true); }

    private int[] relations(int id, boolean weak) {
        long off = items.getLong(id * RECORD + 8);
        ByteBuffer s = chunk(off);
        int pos = (int) (off % STRING_CHUNK);
        for (int i = 0; i < 4; i++) pos += 2 + (s.getShort(pos) & 0xFFFF);
        pos += 1 + 4 * (s.get(pos) & 0xFF);
        if (weak) pos += 2 + 4 * (s.getShort(pos) & 0xFFFF);
        int n = s.getShort(pos) & 0xFFFF;
        if (n == 0) return NONE;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = s.getInt(pos + 2 + 4 * i);
        return out;
    }

    /** The i-th string of an item's block (0 title, 1 label…), or null. */
    private String string(int id, int which) {
        long off = items.getLong(id * RECORD + 8);
        ByteBuffer s = chunk(off);
        int pos = (int) (off % STRING_CHUNK);
        for (int i = 0; i < which; i++) pos += 2 + (s.getShort(pos) & 0xFFFF);
        int len = s.getShort(pos) & 0xFFFF;
        if (len == 0) return null;
        byte[] b = new byte[len];
        s.get(pos + 2, b);
        return new String(b, StandardCharsets.UTF_8);
    }

    private ByteBuffer chunk(long off) { return strings[(int) (off / STRING_CHUNK)]; }

    @Override
    public void close() {}
}
