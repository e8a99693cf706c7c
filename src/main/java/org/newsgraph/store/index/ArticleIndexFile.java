package org.newsgraph.store.index;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.util.NodeFactoryExtra;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.NodeIdFactory;

/**
 * The article index saved beside the store ({@code DIR/article-index.bin}), so that a new process — a CLI
 * {@code query}, a restarted {@code serve} — reads it in a fraction of a second instead of scanning the store. The
 * file records a fingerprint of the TDB2 database files (names, sizes and modification times of the current
 * {@code Data-NNNN} directory but its lock file; TDB2 writes its journal and index state at every commit, a
 * compaction starts a new directory): a file
 * whose fingerprint does not match is not used. Articles keep TDB2 node ids, valid for that same database.
 *
 * <pre>
 *   ArticleIndex index = ArticleIndexFile.read(dir, fingerprint, decoder);   // null when absent or stale
 * </pre>
 */
public final class ArticleIndexFile {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ArticleIndexFile.class);
    private static final int FORMAT = 1;
    public static final String NAME = "article-index.bin";

    private ArticleIndexFile() {}

    /** A fingerprint of the TDB2 database in {@code tdb2Dir}: changes with every committed write. */
    public static String fingerprint(Path tdb2Dir) throws IOException {
        Path data;
        try (Stream<Path> s = Files.list(tdb2Dir)) {
            data = s.filter(p -> p.getFileName().toString().startsWith("Data-")).sorted().reduce((a, b) -> b).orElse(null);
        }
        if (data == null) return "";
        StringBuilder sb = new StringBuilder(data.getFileName().toString());
        try (Stream<Path> s = Files.list(data)) {
            for (Path f : s.sorted().toList()) {
                if (!Files.isRegularFile(f) || f.getFileName().toString().equals("tdb.lock")) continue;   // rewritten by every open
                sb.append('|').append(f.getFileName()).append(':').append(Files.size(f)).append(':')
                        .append(Files.getLastModifiedTime(f).toMillis());
            }
        }
        return sb.toString();
    }

    /** Writes {@code index} to {@code dir/article-index.bin} (atomically: a temporary file, then a move). */
    public static void write(Path dir, String fingerprint, ArticleIndex index) throws IOException {
        Path tmp = Files.createTempFile(dir, "article-index", ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp);
             DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            out.writeInt(FORMAT);
            out.writeUTF(fingerprint);
            List<Node> nodes = index.nodes();
            List<String> names = index.names();
            out.writeInt(nodes.size());
            for (int i = 0; i < nodes.size(); i++) {
                writeString(out, NodeFmtLib.strNT(nodes.get(i)));
                writeString(out, names.get(i));
            }
            List<ArticleIndex.Article> articles = index.articleList();
            out.writeInt(articles.size());
            for (ArticleIndex.Article a : articles) {
                out.writeLong(a.id().getPtrLocation());
                out.writeInt(a.day());
                out.writeInt(a.publisher());
                writeInts(out, a.entities());
                out.write(a.relations());
                out.write(a.types());
                writeInts(out, a.sources());
                out.writeInt(a.quotes().length);
                for (NodeId q : a.quotes()) out.writeLong(q.getPtrLocation());
                writeInts(out, a.speakers());
            }
            List<ArticleIndex.LinkedEntity> linked = index.linkedEntities();
            out.writeInt(linked.size());
            for (ArticleIndex.LinkedEntity e : linked) {
                writeString(out, NodeFmtLib.strNT(e.entity()));
                writeString(out, e.name());
                out.writeInt(e.types());
                writeNode(out, e.wikidata());
                writeNode(out, e.dbpedia());
                writeNode(out, e.wikipedia());
                out.writeDouble(e.maxConfidence());
                out.writeBoolean(e.someUnscored());
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, dir.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The index saved in {@code dir}, or null when there is none, its fingerprint differs, or it cannot be read. */
    public static ArticleIndex read(Path dir, String fingerprint, Function<NodeId, Node> decoder) {
        Path f = dir.resolve(NAME);
        if (!Files.isRegularFile(f)) return null;
        try (InputStream is = Files.newInputStream(f);
             DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16))) {
            if (in.readInt() != FORMAT || !in.readUTF().equals(fingerprint)) return null;
            int n = in.readInt();
            List<Node> nodes = new ArrayList<>(n);
            List<String> names = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                nodes.add(NodeFactoryExtra.parseNode(readString(in)));
                names.add(readString(in));
            }
            int na = in.readInt();
            List<ArticleIndex.Article> articles = new ArrayList<>(na);
            for (int i = 0; i < na; i++) {
                NodeId id = NodeIdFactory.createPtr(in.readLong());
                int day = in.readInt();
                int publisher = in.readInt();
                int[] ents = readInts(in);
                byte[] rels = new byte[ents.length];
                in.readFully(rels);
                byte[] types = new byte[ents.length];
                in.readFully(types);
                int[] sources = readInts(in);
                NodeId[] quotes = new NodeId[in.readInt()];
                for (int q = 0; q < quotes.length; q++) quotes[q] = NodeIdFactory.createPtr(in.readLong());
                int[] speakers = readInts(in);
                articles.add(new ArticleIndex.Article(id, day, publisher, ents, rels, types, sources, quotes, speakers));
            }
            int nl = in.readInt();
            List<ArticleIndex.LinkedEntity> linked = new ArrayList<>(nl);
            for (int i = 0; i < nl; i++) {
                linked.add(new ArticleIndex.LinkedEntity(NodeFactoryExtra.parseNode(readString(in)), readString(in),
                        in.readInt(), readNode(in), readNode(in), readNode(in), in.readDouble(), in.readBoolean()));
            }
            return new ArticleIndex(nodes, names, articles, linked, decoder);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the saved article index {}: {}", f, e.getMessage());
            return null;
        }
    }

    private static void writeString(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String readString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void writeNode(DataOutputStream out, Node n) throws IOException {
        writeString(out, n == null ? null : NodeFmtLib.strNT(n));
    }

    private static Node readNode(DataInputStream in) throws IOException {
        String s = readString(in);
        return s == null ? null : NodeFactoryExtra.parseNode(s);
    }

    private static void writeInts(DataOutputStream out, int[] a) throws IOException {
        out.writeInt(a.length);
        for (int v : a) out.writeInt(v);
    }

    private static int[] readInts(DataInputStream in) throws IOException {
        int[] a = new int[in.readInt()];
        for (int i = 0; i < a.length; i++) a[i] = in.readInt();
        return a;
    }
}
