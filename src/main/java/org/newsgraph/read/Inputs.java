package org.newsgraph.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands command-line input arguments: files, directories (recursively, sorted), and {@code -} for stdin.
 * A file named on the command line is always read (its reader chosen by extension or content); inside a directory
 * only files with an extension a reader takes ({@code .txt}, {@code .json}, {@code .jsonl}, … and their
 * {@code .gz}) are, so a README or an earlier {@code .ttl} output next to the articles is not read as an article.
 */
public final class Inputs {
    private Inputs() {}

    private static final ReaderRegistry READERS = ReaderRegistry.standard();

    /**
     * @throws IllegalArgumentException for an argument that names nothing (a usage error)
     */
    public static List<InputSource> expand(List<String> args) {
        List<InputSource> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) { out.add(InputSource.stdin()); continue; }
            Path p = Path.of(arg);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                        .filter(f -> !f.getFileName().toString().startsWith("."))
                        .filter(f -> READERS.byExtension(InputSource.of(f).logicalName()).isPresent())
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
