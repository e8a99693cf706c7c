package org.newsgraph.link;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where newsgraph keeps its caches, and the WikiDict index inside it. The cache root is, first found:
 * the {@code --cache DIR} option, the {@code NEWSGRAPH_CACHE} environment variable, {@code $XDG_CACHE_HOME/newsgraph},
 * {@code ~/.cache/newsgraph}. The index lives in {@code <root>/wikidict-<CoreNLP version>-f<format>/}.
 *
 * <pre>
 *   WikiDictIndex index = IndexCache.at(IndexCache.root(null)).openOrBuild(progress);
 * </pre>
 */
public final class IndexCache {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(IndexCache.class);

    /** Environment variable naming the cache root. */
    public static final String ENV = "NEWSGRAPH_CACHE";

    private final Path root;

    private IndexCache(Path root) { this.root = root.toAbsolutePath(); }

    public static IndexCache at(Path root) { return new IndexCache(root); }

    /** The cache root: {@code override} when given, else from the environment, else {@code ~/.cache/newsgraph}. */
    public static Path root(Path override) {
        if (override != null) return override;
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) return Path.of(env);
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "newsgraph");
        return Path.of(System.getProperty("user.home"), ".cache", "newsgraph");
    }

    public Path root() { return root; }

    /** The directory of the WikiDict index for the CoreNLP models on the classpath. */
    public Path indexDir() {
        return root.resolve("wikidict-" + WikiDictIndexBuilder.sourceVersion() + "-f" + IndexFiles.FORMAT);
    }

    /** The directory of the offline Wikidata index built from a dump ({@code index build --wikidata FILE}). */
    public Path wikidataDir() { return root.resolve("wikidata-f" + WikidataIndex.FORMAT); }

    /** True when a complete Wikidata index is present. */
    public boolean hasWikidata() { return Files.isRegularFile(wikidataDir().resolve(IndexFiles.META)); }

    /** The Wikidata index when one was built into this cache, else null. */
    public WikidataIndex openWikidata() throws IOException {
        if (hasWikidata()) return WikidataIndex.open(wikidataDir());
        for (int f = WikidataIndex.FORMAT - 1; f >= 1; f--)
            if (Files.isRegularFile(root.resolve("wikidata-f" + f).resolve(IndexFiles.META)))
                LOG.warn("{}: a Wikidata index of an older format (f{}) is not used; build it again from its dump: "
                        + "newsgraph index build --wikidata DUMP", root.resolve("wikidata-f" + f), f);
        return null;
    }

    /** Builds the Wikidata index from a dump, replacing any present one (one builder at a time per cache root). */
    public WikidataIndexBuilder.Stats buildWikidata(Path dump, int threads, WikiDictIndexBuilder.Progress progress) throws IOException {
        Files.createDirectories(root);
        try (FileChannel ch = FileChannel.open(root.resolve("wikidata.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            return WikidataIndexBuilder.create().source(dump).threads(threads).progress(progress).build(wikidataDir());
        }
    }

    /** True when a complete index is present. */
    public boolean hasIndex() { return Files.isRegularFile(indexDir().resolve(IndexFiles.META)); }

    /** Opens the index, building it first when it is missing (one builder at a time per cache root). */
    public WikiDictIndex openOrBuild(WikiDictIndexBuilder.Progress progress) throws IOException {
        if (hasIndex()) return WikiDictIndex.open(indexDir());
        Files.createDirectories(root);
        try (FileChannel ch = FileChannel.open(root.resolve("wikidict.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            if (!hasIndex()) {
                removeStaleTemporaries();
                LOG.info("Building the entity-link index once, from CoreNLP's WikiDict, into {} (about a minute; "
                        + "later runs open it at once)", indexDir());
                long t0 = System.nanoTime();
                WikiDictIndexBuilder.create().progress(progress).build(indexDir());
                LOG.info("Link index built in {} s", (System.nanoTime() - t0) / 1_000_000_000L);
                removeSupersededFormats();
            }
        }
        return WikiDictIndex.open(indexDir());
    }

    /**
     * Link indexes of older formats of the same WikiDict ({@code wikidict-4.5.10-f5} once {@code -f6} is built): a
     * newer newsgraph never opens them, and each holds about 600 MB. Called under the lock, after a build or rebuild.
     */
    void removeSupersededFormats() throws IOException {
        String prefix = "wikidict-" + WikiDictIndexBuilder.sourceVersion() + "-f";
        try (var files = Files.list(root)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (!name.startsWith(prefix) || !Files.isDirectory(p)) continue;
                try {
                    if (Integer.parseInt(name.substring(prefix.length())) >= IndexFiles.FORMAT) continue;
                } catch (NumberFormatException e) {
                    continue;
                }
                LOG.info("Removing the link index of an older format, {}: this version builds and uses {}", p, indexDir().getFileName());
                WikiDictIndexBuilder.deleteTree(p);
            }
        }
    }

    /** Temporary directories left by killed builds (safe to remove while holding the lock). */
    void removeStaleTemporaries() throws IOException {
        String prefix = "." + indexDir().getFileName() + ".";
        try (var files = Files.list(root)) {
            for (Path p : (Iterable<Path>) files::iterator)
                if (p.getFileName().toString().startsWith(prefix) && Files.isDirectory(p)) WikiDictIndexBuilder.deleteTree(p);
        }
    }

    /** Builds the index again, replacing the present one. */
    public WikiDictIndex rebuild(WikiDictIndexBuilder.Progress progress) throws IOException {
        Files.createDirectories(root);
        try (FileChannel ch = FileChannel.open(root.resolve("wikidict.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = ch.lock()) {
            Path dir = indexDir();
            removeStaleTemporaries();
            if (Files.exists(dir)) {
                Path old = Files.createTempDirectory(root, "." + dir.getFileName() + ".old-");
                Files.delete(old);
                Files.move(dir, old);
                WikiDictIndexBuilder.deleteTree(old);
            }
            WikiDictIndexBuilder.create().progress(progress).build(dir);
            removeSupersededFormats();
        }
        return WikiDictIndex.open(indexDir());
    }
}
