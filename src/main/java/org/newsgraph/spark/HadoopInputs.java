package org.newsgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.newsgraph.read.InputSource;
import org.newsgraph.read.ReaderRegistry;

/**
 * Expands the job's input arguments on the driver, on any Hadoop file system: files, directories (recursively,
 * sorted; files whose path below the directory has a part starting with {@code .} or {@code _} skipped, and only
 * files an article reader takes by extension) and globs ({@code hdfs:///news/2024-*}{@code /*.jsonl.gz}). As
 * {@link org.newsgraph.read.Inputs} does for {@code convert}, a file named on the command line is always taken.
 */
final class HadoopInputs {
    private HadoopInputs() {}

    /** @throws IllegalArgumentException for an argument that matches nothing, or stdin */
    static List<InputFile> expand(List<String> args, Configuration conf, ReaderRegistry readers) throws IOException {
        List<InputFile> out = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-")) throw new IllegalArgumentException("A Spark job cannot read standard input: give files or directories");
            Path path = new Path(arg);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) throw new IllegalArgumentException("No such file or directory: " + arg);
            boolean local = path.toUri().getScheme() == null;
            boolean single = matches.length == 1 && !isGlob(arg);
            for (FileStatus st : matches) {
                String base = local && single ? trimSlash(arg) : st.getPath().toString();
                if (!st.isDirectory()) {
                    out.add(new InputFile(base, st.getPath().toString()));
                    continue;
                }
                List<InputFile> inDir = new ArrayList<>();
                String root = st.getPath().toUri().getPath();
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(st.getPath(), true);
                while (files.hasNext()) {
                    LocatedFileStatus f = files.next();
                    String relative = f.getPath().toUri().getPath().substring(root.length()).replaceFirst("^/", "");
                    if (isHidden(relative)) continue;
                    String name = base + "/" + relative;
                    if (readers.byExtension(new InputSource(name, null).logicalName()).isEmpty()) continue;
                    inDir.add(new InputFile(name, f.getPath().toString()));
                }
                inDir.sort(java.util.Comparator.comparing(InputFile::uri));
                out.addAll(inDir);
            }
        }
        return out;
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) if (part.startsWith(".") || part.startsWith("_")) return true;
        return false;
    }

    private static boolean isGlob(String s) {
        return s.indexOf('*') >= 0 || s.indexOf('?') >= 0 || s.indexOf('[') >= 0 || s.indexOf('{') >= 0;
    }

    private static String trimSlash(String s) {
        return s.length() > 1 && s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
