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
     * @param inDirectories which files found inside a directory are taken
     * @throws IllegalArgumentException for an argument that names nothing (a usage error)
     */
    public static List<InputSource> expand(List<String> args, Predicate<Path> inDirectories) {
        List<InputSource> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) { out.add(InputSource.stdin()); continue; }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                        .filter(f -> !isHidden(p.relativize(f)))
                        .filter(inDirectories)
                        .sorted()
                        .forEach(f -> out.add(InputSource.of(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (Files.isRegularFile(p)) {
                out.add(InputSource.of(p));
            } else {
                throw new IllegalArgumentException("No such file or directory: " + arg);
            }
        }
        return out;
    }
}
