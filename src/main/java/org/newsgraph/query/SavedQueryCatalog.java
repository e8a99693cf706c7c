package org.newsgraph.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalogue of saved queries: every {@code *.rq} file of a folder, by name (file name without {@code .rq}).
 * {@link #load()} reads {@code ./queries/} when present, else the copy shipped in the jar ({@code queries/} on the
 * class path). A file that does not parse is reported in {@link #problems()} and left out; the others load.
 *
 * <pre>
 *   SavedQueryCatalog catalog = SavedQueryCatalog.load();
 *   SavedQuery q = catalog.get("people-most-mentioned").orElseThrow();
 * </pre>
 */
public final class SavedQueryCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(SavedQueryCatalog.class);
    /** Folder name, in the working directory and on the class path. */
    public static final String FOLDER = "queries";

    private final Map<String, SavedQuery> queries;
    private final List<String> problems;
    private final String origin;

    private SavedQueryCatalog(Map<String, SavedQuery> queries, List<String> problems, String origin) {
        this.queries = Collections.unmodifiableMap(queries);
        this.problems = List.copyOf(problems);
        this.origin = origin;
        for (String p : problems) LOG.warn("Saved query skipped: {}", p);
    }

    /** {@code ./queries/} when it exists, else the queries shipped on the class path. */
    public static SavedQueryCatalog load() {
        Path local = Path.of(FOLDER);
        return Files.isDirectory(local) ? fromDirectory(local) : fromClasspath();
    }

    /** The {@code *.rq} files directly in {@code dir}. */
    public static SavedQueryCatalog fromDirectory(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return of(files.filter(f -> f.getFileName().toString().endsWith(".rq")).toList(), dir.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list saved queries in " + dir, e);
        }
    }

    /** The {@code queries/*.rq} resources on the class path (a folder or inside the jar). */
    public static SavedQueryCatalog fromClasspath() {
        List<Path> files = new ArrayList<>();
        try {
            Enumeration<URL> roots = SavedQueryCatalog.class.getClassLoader().getResources(FOLDER);
            while (roots.hasMoreElements()) {
                URI uri = roots.nextElement().toURI();
                Path dir;
                if (uri.getScheme().equals("jar")) {
                    FileSystem fs;
                    try {
                        fs = FileSystems.newFileSystem(uri, Map.of());
                    } catch (FileSystemAlreadyExistsException e) {
                        fs = FileSystems.getFileSystem(uri);
                    }
                    dir = fs.getPath(FOLDER);
                } else {
                    dir = Path.of(uri);
                }
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(f -> f.getFileName().toString().endsWith(".rq")).forEach(files::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list saved queries on the class path", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return of(files, "classpath:" + FOLDER);
    }

    /** A catalogue of the given files. */
    public static SavedQueryCatalog of(Collection<Path> files, String origin) {
        Map<String, SavedQuery> out = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                SavedQuery q = SavedQuery.read(f);
                out.putIfAbsent(q.name(), q);
            } catch (RuntimeException e) {
                problems.add(f.getFileName() + ": " + e.getMessage());
            }
        }
        return new SavedQueryCatalog(out, problems, origin);
    }

    public Optional<SavedQuery> get(String name) { return Optional.ofNullable(queries.get(name)); }

    /** All queries, sorted by name. */
    public Collection<SavedQuery> all() { return queries.values(); }

    /** Files that did not load, each "file: message". */
    public List<String> problems() { return problems; }

    /** Where the queries were read from. */
    public String origin() { return origin; }
}
