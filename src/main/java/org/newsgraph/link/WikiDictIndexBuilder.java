package org.newsgraph.link;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Builds the compact on-disk index of CoreNLP's WikiDict ({@code surface \t title \t prior}, 21 M lines).
 * The index is written into a temporary sibling directory and renamed into place, so a killed build never
 * leaves a half-written index behind.
 *
 * <pre>
 *   Path dir = WikiDictIndexBuilder.create().topK(20).progress(bar).build(Path.of("wikidict-4.5.10-f3"));
 * </pre>
 */
public final class WikiDictIndexBuilder {
    /** The WikiDict inside CoreNLP's {@code models-english-kbp} jar. */
    public static final String RESOURCE = "edu/stanford/nlp/models/kbp/english/wikidict.tab.gz";
    public static final int DEFAULT_TOP_K = 20;
    private static final int MAX_SURFACE = 80;

    private Path source;
    private int topK = DEFAULT_TOP_K;
    private Progress progress = Progress.NONE;

    /** Reports progress of a build: bytes of (compressed) source read out of the total, when known. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (read, total, phase) -> {};

        void update(long read, long total, String phase);
    }

    private WikiDictIndexBuilder() {}

    public static WikiDictIndexBuilder create() { return new WikiDictIndexBuilder(); }

    /** Reads the WikiDict from this file ({@code .gz} or plain) instead of the classpath resource. */
    public WikiDictIndexBuilder source(Path file) { this.source = file; return this; }

    /** Candidates kept per normalised surface (default 20). */
    public WikiDictIndexBuilder topK(int k) {
        if (k < 1) throw new IllegalArgumentException("topK must be >= 1");
        this.topK = k;
        return this;
    }

    public WikiDictIndexBuilder progress(Progress p) { this.progress = p == null ? Progress.NONE : p; return this; }

    /** The version of the WikiDict source: the CoreNLP version of the jar it comes from, or "file". */
    public static String sourceVersion() {
        URL url = WikiDictIndexBuilder.class.getClassLoader().getResource(RESOURCE);
        if (url == null) return "missing";
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("stanford-corenlp-([0-9][^/!]*?)-models-english-kbp")
                .matcher(url.toString());
        return m.find() ? m.group(1) : "unknown";
    }

    /**
     * Builds the index into {@code target} (which must not exist yet) and returns it. If another process finished
     * the same index first, that one is kept and returned.
     */
    public Path build(Path target) throws IOException {
        target = target.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
        try {
            long t0 = System.nanoTime();
            Stats stats = writeIndex(tmp);
            stats.buildMillis = (System.nanoTime() - t0) / 1_000_000;
            writeMeta(tmp, stats);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
                if (!Files.isRegularFile(target.resolve(IndexFiles.META))) throw e;   // another build won the race
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target);
            }
            return target;
        } finally {
            deleteTree(tmp);
        }
    }

    /** Counts and times of a build, for {@code meta.properties}: readMillis reads the WikiDict, sortMillis the rest. */
    static final class Stats {
        long lines, skipped, entries, keys, postings, titles, buildMillis, readMillis, sortMillis;
        final long t0 = System.nanoTime();
        String source;
    }

    /**
     * Reads the WikiDict ({@link WikiDictReader}) into the title tables ({@link WikiDictTitles}) and the postings
     * ({@link WikiDictPostings}), then sorts and writes both.
     */
    private Stats writeIndex(Path dir) throws IOException {
        Stats st = new Stats();
        WikiDictReader reader = new WikiDictReader(source);
        st.source = reader.description();
        WikiDictTitles titles = new WikiDictTitles(dir);
        WikiDictPostings postings = new WikiDictPostings();
        Collector collector = new Collector(titles, postings);
        try (titles) {
            reader.read(collector, progress);
            collector.finishTitle();
        }
        st.readMillis = (System.nanoTime() - st.t0) / 1_000_000;
        st.lines = reader.lines;
        st.skipped = reader.badLines + collector.skipped;
        st.titles = titles.count();
        st.entries = postings.size();

        progress.update(0, 2, "sorting");
        titles.write(dir);
        progress.update(1, 2, "sorting");
        long[] counts = postings.write(dir, topK, titles);
        st.keys = counts[0];
        st.postings = counts[1];
        progress.update(2, 2, "sorting");
        st.sortMillis = (System.nanoTime() - st.t0) / 1_000_000 - st.readMillis;
        return st;
    }

    /**
     * What goes into the index from each WikiDict line: the title (typed by its surfaces' cues, {@link TitleTypes}),
     * and the surface as a posting unless it is junk or has no prior; each title's base name as an extra (prior 0)
     * surface.
     */
    private static final class Collector implements WikiDictReader.Lines {
        private static final long EMPTY_KEY = Surfaces.keyHash("");
        private final WikiDictTitles titles;
        private final WikiDictPostings postings;
        private final TitleTypes.Cues cues = new TitleTypes.Cues();
        private String title;
        private int titleId = -1, surfaces;
        /** Anchors of the current title that {@link Repairs} moves to another title (target → surface, prior). */
        private final Map<String, List<Anchor>> repaired = new LinkedHashMap<>();
        long skipped;

        Collector(WikiDictTitles titles, WikiDictPostings postings) {
            this.titles = titles;
            this.postings = postings;
        }

        @Override
        public void title(byte[] utf8, String name) throws IOException {
            finishTitle();
            title = name;
            titleId = titles.add(utf8, name);
            surfaces = 0;
            cues.reset(name);
        }

        @Override
        public void entry(String surface, float prior) throws IOException {
            if (Float.isNaN(prior) || junk(surface)) { skipped++; return; }
            String moved = REPAIRS.target(title, surface);
            if (moved != null) {   // a corrupt anchor: it goes to its own title once this one is done
                repaired.computeIfAbsent(moved, k -> new ArrayList<>()).add(new Anchor(surface, prior));
                return;
            }
            long key = Surfaces.keyHash(surface);
            if (key == EMPTY_KEY) { skipped++; return; }
            surfaces++;
            cues.see(surface);
            postings.add(key, titleId, prior, Surfaces.caseHash(surface));
        }

        /** Per title: its coarse type and popularity, and its base name as an extra (prior 0) surface. */
        void finishTitle() throws IOException {
            if (title == null) return;
            TitleType type = TitleTypes.classify(title, cues);
            titles.info(surfaces, type);
            String base = Surfaces.normalize(Surfaces.titleBase(title));
            if (!base.isEmpty() && type != TitleType.NON_ENTITY) postings.add(Surfaces.keyHash(base), titleId, 0f, 0);
            title = null;
            if (repaired.isEmpty()) return;
            Map<String, List<Anchor>> moved = new LinkedHashMap<>(repaired);
            repaired.clear();
            for (Map.Entry<String, List<Anchor>> m : moved.entrySet()) {
                title(m.getKey().getBytes(StandardCharsets.UTF_8), m.getKey());
                for (Anchor a : m.getValue()) entry(a.surface(), a.prior());
                finishTitle();
            }
        }
    }

    private record Anchor(String surface, float prior) {}

    private static final Repairs REPAIRS = new Repairs(TsvTable.rows("wikidict-repairs.tsv"));

    /**
     * Known corruptions of the WikiDict ({@code wikidict-repairs.tsv}): anchors of a wrong title whose surface contains
     * a string (any case) belong to another title, which the WikiDict lacks ("San Francisco" → {@code Santa_Monica,_California}).
     */
    record Repairs(List<String[]> rows) {
        /** The title the anchor {@code surface} of {@code title} belongs to, or null when it is not a known corruption. */
        String target(String title, String surface) {
            if (title == null) return null;
            for (String[] r : rows)
                if (r[0].equals(title) && surface.toLowerCase(java.util.Locale.ROOT).contains(r[1].toLowerCase(java.util.Locale.ROOT)))
                    return r[2];
            return null;
        }
    }

    /** Anchor-text noise in the WikiDict: URLs, "… - Wikipedia", interwiki prefixes, long phrases. */
    static boolean junk(String s) {
        if (s.length() > MAX_SURFACE || s.isBlank()) return true;
        if (s.contains("ikipedia") || s.contains("http") || s.contains("www.") || s.contains("wiki/")) return true;
        return s.startsWith("en:") || s.startsWith("w:") || s.startsWith("yago:");
    }

    private void writeMeta(Path dir, Stats st) throws IOException {
        Properties p = new Properties();
        p.setProperty("format", Integer.toString(IndexFiles.FORMAT));
        p.setProperty("source", st.source);
        p.setProperty("sourceVersion", source == null ? sourceVersion() : "file");
        p.setProperty("topK", Integer.toString(topK));
        p.setProperty("lines", Long.toString(st.lines));
        p.setProperty("skippedLines", Long.toString(st.skipped));
        p.setProperty("entries", Long.toString(st.entries));
        p.setProperty("keys", Long.toString(st.keys));
        p.setProperty("postings", Long.toString(st.postings));
        p.setProperty("titles", Long.toString(st.titles));
        p.setProperty("buildMillis", Long.toString(st.buildMillis));
        p.setProperty("readMillis", Long.toString(st.readMillis));
        p.setProperty("sortMillis", Long.toString(st.sortMillis));
        p.setProperty("built", java.time.Instant.now().toString());
        try (OutputStream out = Files.newOutputStream(dir.resolve(IndexFiles.META))) {
            p.store(out, "newsgraph WikiDict index");
        }
    }

    static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
