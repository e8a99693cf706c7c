package org.newsgraph.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Expands command-line input arguments: files, directories (recursively, sorted, hidden and {@code _} files skipped), and
 * {@code -} for stdin. A file named on the command line is always taken; which files inside a directory are taken
 * is up to the caller ({@link #isArticleFile} for article readers: a README or an earlier {@code .ttl} output next
 * to the articles is then not read as an article).
 *
 * <pre>
 *   List&lt;InputSource&gt; in = Inputs.expand(List.of("archive/", "-"), Inputs::isArticleFile);
 * </pre>
 */
public final class Inputs {
    private Inputs() {}

    private static final ReaderRegistry READERS = ReaderRegistry.standard();

    /** Every file, also inside directories. */
    public static List<InputSource> expand(List<String> args) {
        return expand(args, f -> true);
    }

    /** Whether an article reader takes this file by its extension ({@code .txt}, {@code .json}, {@code .jsonl}, … and their {@code .gz}). */
    public static boolean isArticleFile(Path file) {
        return READERS.byExtension(InputSource.of(file).logicalName()).isPresent();
    }

    /**
     * Whether a file found inside a directory is skipped: its name, or the name of a directory between it and the
     * directory given, starts with {@code .} or {@code _} (Hadoop's and Spark's marker files such as {@code _SUCCESS},
     * {@code _summary.json} and {@code _temporary/} beside {@code newsgraph spark}'s part files).
     */
    public static boolean isHidden(Path relative) {
        for (Path part : relative) {
            String n = part.toString();
            if (n.startsWith(".") || n.startsWith("_")) return true;
        }
        return false;
    }

    /**
     * The files under a directory, following symbolic links. A link that leads nowhere (dangling) or back into its own
     * ancestors (a loop), or an entry that cannot be read, is not skipped silently: it becomes an input whose opening
     * fails, so it is reported (located by its name) and counted as failed like any other unreadable input.
     */
    private static List<InputSource> walk(Path dir, Predicate<Path> inDirectories) {
        List<Path> files = new ArrayList<>();
        java.util.Map<Path, String> broken = new java.util.HashMap<>();
        try {
            Files.walkFileTree(dir, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult preVisitDirectory(Path d, java.nio.file.attribute.BasicFileAttributes a) {
                    return !d.equals(dir) && isHidden(dir.relativize(d)) ? java.nio.file.FileVisitResult.SKIP_SUBTREE
                            : java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                    if (isHidden(dir.relativize(f))) return java.nio.file.FileVisitResult.CONTINUE;
                    if (a.isRegularFile()) files.add(f);
                    else if (a.isSymbolicLink()) broken.put(f, "dangling symbolic link (its target does not exist)");
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                    if (!isHidden(dir.relativize(f)))
                        broken.put(f, e instanceof java.nio.file.FileSystemLoopException
                                ? "symbolic link loop (it leads back to a directory above it)" : "cannot read: " + e);
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> all = new ArrayList<>(files);
        all.addAll(broken.keySet());
        List<InputSource> out = new ArrayList<>();
        all.stream().filter(f -> broken.containsKey(f) || inDirectories.test(f)).sorted().forEach(f -> {
            String why = broken.get(f);
            out.add(why == null ? InputSource.of(f) : new InputSource(f.toString(), () -> {
                throw new IOException(why);
            }));
        });
        return out;
    }

    /**
     * @param inDirectories which files found inside a directory are taken
     * @throws IllegalArgumentException for an argument that names nothing (a usage error)
     */
    public static List<InputSource> expand(List<String> args, Predicate<Path> inDirectories) {
        List<InputSource> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) { out.add(InputSource.stdin()); continue; }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                out.addAll(walk(p, inDirectories));
            } else if (Files.isRegularFile(p)) {
                out.add(InputSource.of(p));
            } else {
                throw new IllegalArgumentException("No such file or directory: " + arg);
            }
        }
        return out;
    }
}
