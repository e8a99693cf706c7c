package org.newsgraph.link.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.newsgraph.link.WikiDictIndexBuilder;
import org.newsgraph.link.WikidataIndex;
import org.newsgraph.link.WikidataIndexBuilder;

/**
 * Benchmark of the Wikidata dump index (not a test): generates a synthetic dump of N items in the official format
 * (gzip; entities shaped like real ones: labels and descriptions in 8 languages, aliases, P31, dates, coordinates,
 * GeoNames IDs, relations to other items (country, birthplace, employer, spouse, headquarters …), filler claims,
 * up to 60 sitelinks; about 40% humans, 20% cities, 20% companies, 20% films), builds
 * the index in this JVM and prints throughput (items/s, compressed and uncompressed MB/s), the heap pools' peak,
 * the index size, and name lookups/s and title lookups/s on the built index.
 *
 * <pre>
 *   java -Xmx2g -cp target/classes:target/test-classes:$(cat target/cp.txt) org.newsgraph.link.bench.WikidataBench N WORKDIR [THREADS]
 * </pre>
 */
public final class WikidataBench {
    static final String[] GIVEN = ("James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David Barbara Richard Susan "
            + "Joseph Jessica Thomas Sarah Charles Karen Olga Ivan Wei Li Yuki Hiroshi Fatima Ahmed Sofia Lukas Emma Noah Mia Leon "
            + "Chiara Marco Ana Pedro Ingrid Lars Aisha Omar Priya Arjun Zanele Thabo Kofi Ama Mateo Lucia").split(" ");
    static final String[] SURNAME_PARTS = ("Smith John Will Brown Jones Garcia Miller Davis Rodri Marti Hern Lopez Gonz Wil Ander "
            + "Thom Taylor Moore Jack Mart Lee Perez Thomp White Harr Sanch Clark Ramir Lewis Robin Walk Young Allen King Wright "
            + "Scott Torr Nguyen Hill Flor Green Adams Nelson Baker Hall Rivera Camp Mitch Carter Roberts Ivan Petr Sokol Volk "
            + "Kuz Zhang Wang Chen Liu Yang Huang Zhao Wu Zhou Xu Sato Suzuki Takah Tanaka Watan Ito Yamam Naka Kobay Muller Schmidt").split(" ");
    static final String[] ENDINGS = {"", "son", "ez", "ov", "ova", "er", "man", "ski", "ton", "ini", "ford", "berg"};
    static final String[] LANGS = {"en", "de", "fr", "es", "ru", "zh", "ja", "ar"};

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        Files.createDirectories(work);
        Path dump = work.resolve("wikidata-synthetic-" + n + ".json.gz");
        if (!Files.exists(dump)) {
            long t0 = System.nanoTime();
            long raw = generate(dump, n);
            System.out.printf("generated %,d items: %.0f MB uncompressed, %.0f MB gzip, in %.1f s%n", n, raw / 1e6,
                    Files.size(dump) / 1e6, (System.nanoTime() - t0) / 1e9);
        }
        boolean reuse = Boolean.getBoolean("bench.reuseIndex") && Files.exists(work.resolve("wikidata-index").resolve("meta.properties"));
        if (!reuse) build(work, dump, threads);
        lookups(work.resolve("wikidata-index"));
    }

    static void build(Path work, Path dump, int threads) throws Exception {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        long cpu0 = os.getProcessCpuTime(), t0 = System.nanoTime();
        Path dir = work.resolve("wikidata-index");
        WikidataIndexBuilder.Stats st = WikidataIndexBuilder.create().source(dump).threads(threads)
                .progress(WikiDictIndexBuilder.Progress.NONE).build(dir);
        double secs = (System.nanoTime() - t0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans())
            if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
        long size = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) size += Files.size(p);
        }
        System.out.printf("build: %,d items (%,d left out), %,d names, %,d keys in %.1f s wall, %.1f s CPU, %d parser threads, "
                        + "load average at end %.1f%n", st.items(), st.skipped(), st.names(), st.keys(), secs,
                (os.getProcessCpuTime() - cpu0) / 1e9, threads, os.getSystemLoadAverage());
        System.out.printf("throughput: %.0f items/s, %.1f s per million items, %.1f MB/s of gzip%n", st.items() / secs,
                secs / (st.items() / 1e6), Files.size(dump) / 1e6 / secs);
        System.out.printf("peak heap (sum of heap pools' peaks, an upper bound): %.0f MB of max %.0f MB; %d spilled runs%n",
                peak / 1e6, Runtime.getRuntime().maxMemory() / 1e6, st.runs());
        System.out.printf("index size: %.0f MB (%.0f bytes per item)%n", size / 1e6, size / (double) st.items());
    }

    /** Lookups/s on one thread, by wall clock and per CPU-second of that thread (the second is what a busy machine does not distort). */
    static void lookups(Path dir) throws Exception {
        java.lang.management.ThreadMXBean tmx = ManagementFactory.getThreadMXBean();
        try (WikidataIndex wd = WikidataIndex.open(dir)) {
            Random r = new Random(7);
            String[] names = new String[1 << 16];
            for (int i = 0; i < names.length; i++) names[i] = i % 4 == 3 ? "No Such Name " + i : personName(r);
            long hits = 0;
            for (int round = 0; round < 2; round++) {   // the first round warms up
                int lookups = 2_000_000;
                long l0 = System.nanoTime(), c0 = tmx.getCurrentThreadCpuTime();
                for (int i = 0; i < lookups; i++) hits += wd.candidates(names[i & (names.length - 1)]).size();
                double ls = (System.nanoTime() - l0) / 1e9, cs = (tmx.getCurrentThreadCpuTime() - c0) / 1e9;
                if (round == 1) System.out.printf("name lookups (candidate lists, 3/4 hits): %.2f M/s wall, %.2f M per CPU-second (%d candidates)%n",
                        lookups / ls / 1e6, lookups / cs / 1e6, hits);
            }
            String[] titles = new String[1 << 14];
            for (int i = 0; i < titles.length; i++) titles[i] = wd.linkTitle(r.nextInt(wd.itemCount()));
            for (int round = 0; round < 2; round++) {
                int lookups = 1_000_000;
                long found = 0, l0 = System.nanoTime(), c0 = tmx.getCurrentThreadCpuTime();
                for (int i = 0; i < lookups; i++) found += wd.itemIdOfTitle(titles[i & (titles.length - 1)]) >= 0 ? 1 : 0;
                double ls = (System.nanoTime() - l0) / 1e9, cs = (tmx.getCurrentThreadCpuTime() - c0) / 1e9;
                if (round == 1) System.out.printf("title -> item lookups: %.2f M/s wall, %.2f M per CPU-second (%d found)%n",
                        lookups / ls / 1e6, lookups / cs / 1e6, found);
            }
        }
    }

    static String personName(Random r) {
        return GIVEN[r.nextInt(GIVEN.length)] + " " + SURNAME_PARTS[r.nextInt(SURNAME_PARTS.length)] + ENDINGS[r.nextInt(ENDINGS.length)];
    }

    /** Writes the dump; returns its uncompressed size. */
    static long generate(Path file, int n) throws Exception {
        JsonFactory f = new JsonFactory();
        Random r = new Random(42);
        long[] raw = {0};
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16);
             OutputStream counting = new java.io.FilterOutputStream(gz) {
                 @Override public void write(int b) throws java.io.IOException { out.write(b); raw[0]++; }
                 @Override public void write(byte[] b, int o, int l) throws java.io.IOException { out.write(b, o, l); raw[0] += l; }
             }) {
            counting.write("[\n".getBytes());
            for (int i = 0; i < n; i++) {
                JsonGenerator g = f.createGenerator(counting);
                g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
                int kind = r.nextInt(10);
                String label = kind < 4 ? personName(r) : kind < 6 ? "Town " + Integer.toString(i, 36) : kind < 8
                        ? SURNAME_PARTS[r.nextInt(SURNAME_PARTS.length)] + " " + new String[] {"Holdings", "Energy", "Motors", "Bank", "Media"}[r.nextInt(5)] + " " + (i % 997)
                        : "The " + GIVEN[r.nextInt(GIVEN.length)] + " Story " + i;
                int q = 100 + i;
                g.writeStartObject();
                g.writeStringField("type", "item");
                g.writeStringField("id", "Q" + q);
                g.writeObjectFieldStart("labels");
                for (String l : LANGS) lang(g, l, label);
                g.writeEndObject();
                g.writeObjectFieldStart("descriptions");
                for (int k = 0; k < 4; k++) lang(g, LANGS[k], new String[] {"person", "settlement", "company", "film"}[kind < 4 ? 0 : kind < 6 ? 1 : kind < 8 ? 2 : 3] + " number " + i);
                g.writeEndObject();
                g.writeObjectFieldStart("aliases");
                int na = r.nextInt(4);
                if (na > 0) {
                    g.writeArrayFieldStart("en");
                    for (int k = 0; k < na; k++) { g.writeStartObject(); g.writeStringField("language", "en"); g.writeStringField("value", label + " " + (char) ('A' + k)); g.writeEndObject(); }
                    g.writeEndArray();
                }
                g.writeEndObject();
                g.writeObjectFieldStart("claims");
                claimItem(g, "P31", kind < 4 ? 5 : kind < 6 ? 515 : kind < 8 ? 4830453 : 11424);
                if (kind < 4) claimTime(g, "P569", "+" + (1920 + r.nextInt(90)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9) + "T00:00:00Z");
                if (kind >= 6 && kind < 8) claimTime(g, "P571", "+" + (1850 + r.nextInt(170)) + "-00-00T00:00:00Z");
                if (kind >= 4 && kind < 6) {
                    g.writeArrayFieldStart("P625");
                    g.writeStartObject();
                    g.writeObjectFieldStart("mainsnak");
                    g.writeStringField("snaktype", "value");
                    g.writeStringField("property", "P625");
                    g.writeObjectFieldStart("datavalue");
                    g.writeObjectFieldStart("value");
                    g.writeNumberField("latitude", r.nextDouble() * 180 - 90);
                    g.writeNumberField("longitude", r.nextDouble() * 360 - 180);
                    g.writeNullField("altitude");
                    g.writeNumberField("precision", 0.0001);
                    g.writeStringField("globe", "http://www.wikidata.org/entity/Q2");
                    g.writeEndObject();
                    g.writeStringField("type", "globecoordinate");
                    g.writeEndObject();
                    g.writeStringField("datatype", "globe-coordinate");
                    g.writeEndObject();
                    g.writeStringField("type", "statement");
                    g.writeStringField("rank", "normal");
                    g.writeEndObject();
                    g.writeEndArray();
                    claimString(g, "P1566", Integer.toString(100000 + r.nextInt(9_000_000)));
                }
                // Relations (kept by the index for coherence): citizenship/country, birthplace or location, employer or
                // team, a spouse for some people, headquarters for companies — 2 to 4 item values as in real items.
                int other = 100 + r.nextInt(Math.max(1, n));
                claimItem(g, kind < 4 ? "P27" : "P17", 100 + r.nextInt(200));
                if (kind < 4) {
                    claimItem(g, "P19", other);
                    claimItem(g, r.nextBoolean() ? "P108" : "P54", 100 + r.nextInt(Math.max(1, n)));
                    if (r.nextInt(3) == 0) claimItem(g, "P26", 100 + r.nextInt(Math.max(1, n)));
                } else if (kind < 6) claimItem(g, "P131", other);
                else if (kind < 8) claimItem(g, "P159", other);
                else claimItem(g, "P57", other);
                for (String p : new String[] {"P18", "P373", "P214", "P227", "P646"}) claimString(g, p, label.replace(' ', '_') + "-" + r.nextInt(1 << 20));
                g.writeEndObject();
                g.writeObjectFieldStart("sitelinks");
                int sl = r.nextInt(10) < 4 ? 1 + r.nextInt(60) : r.nextInt(3);
                for (int k = 0; k < sl; k++) {
                    String site = k == 0 ? "enwiki" : "x" + k + "wiki";
                    g.writeObjectFieldStart(site);
                    g.writeStringField("site", site);
                    g.writeStringField("title", label);
                    g.writeArrayFieldStart("badges");
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeNumberField("lastrevid", 1_000_000 + i);
                g.writeStringField("modified", "2026-11-01T00:00:00Z");
                g.writeEndObject();
                g.close();
                counting.write(i < n - 1 ? ",\n".getBytes() : "\n".getBytes());
            }
            counting.write("]\n".getBytes());
        }
        return raw[0];
    }

    private static void lang(JsonGenerator g, String l, String v) throws java.io.IOException {
        g.writeObjectFieldStart(l);
        g.writeStringField("language", l);
        g.writeStringField("value", v);
        g.writeEndObject();
    }

    private static void snakStart(JsonGenerator g, String p) throws java.io.IOException {
        g.writeArrayFieldStart(p);
        g.writeStartObject();
        g.writeObjectFieldStart("mainsnak");
        g.writeStringField("snaktype", "value");
        g.writeStringField("property", p);
        g.writeObjectFieldStart("datavalue");
    }

    private static void snakEnd(JsonGenerator g, String type) throws java.io.IOException {
        g.writeStringField("type", type);
        g.writeEndObject();
        g.writeEndObject();
        g.writeStringField("type", "statement");
        g.writeStringField("rank", "normal");
        g.writeEndObject();
        g.writeEndArray();
    }

    private static void claimItem(JsonGenerator g, String p, int q) throws java.io.IOException {
        snakStart(g, p);
        g.writeObjectFieldStart("value");
        g.writeStringField("entity-type", "item");
        g.writeNumberField("numeric-id", q);
        g.writeStringField("id", "Q" + q);
        g.writeEndObject();
        snakEnd(g, "wikibase-entityid");
    }

    private static void claimString(JsonGenerator g, String p, String v) throws java.io.IOException {
        snakStart(g, p);
        g.writeStringField("value", v);
        snakEnd(g, "string");
    }

    private static void claimTime(JsonGenerator g, String p, String t) throws java.io.IOException {
        snakStart(g, p);
        g.writeObjectFieldStart("value");
        g.writeStringField("time", t);
        g.writeNumberField("timezone", 0);
        g.writeNumberField("precision", 11);
        g.writeStringField("calendarmodel", "http://www.wikidata.org/entity/Q1985727");
        g.writeEndObject();
        snakEnd(g, "time");
    }
}
