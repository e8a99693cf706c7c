package org.newsgraph.link;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;

/**
 * File names and layout of an on-disk WikiDict index directory (all big-endian, written by
 * {@link WikiDictIndexBuilder} through {@link KeyTableWriter} and {@link TitleKeys}, mapped read-only by
 * {@link WikiDictIndex}):
 * <pre>
 *   meta.properties   format, source, counts (written last: its presence marks a complete index)
 *   keys.bin          long[K]   64-bit hashes of normalised surfaces, sorted as unsigned
 *   buckets.bin       int[2^20+1] first key index for each value of the top 20 hash bits
 *   offsets.bin       int[K+1]  first posting of each key
 *   postings.bin      (int titleId, float prior, int caseHash)[P], per key by descending prior, at most top-K:
 *                     one entry per case variant of the surface (caseHash = Surfaces.caseHash of the surface as
 *                     written, 0 for a title reachable only by its own name); priors kept to 1/65535
 *   titles.bin        UTF-8 bytes of all titles;  title-offsets.bin int[T+1]
 *   title-info.bin    int[T]    popularity (number of surface forms, 24 bits) &lt;&lt; 8 | TitleType code
 *   title-keys.bin    long[T]   hashes of the exact titles, sorted as unsigned;  title-ids.bin int[T] alongside
 * </pre>
 */
final class IndexFiles {
    private IndexFiles() {}

    /**
     * Bumped when the layout or what goes into it changes, so a cache built by an older version is rebuilt rather than
     * read with other title types (3: legal-form anchors type a title as an organisation; 4: royal styles are people
     * and "School_Mascot_football" titles sports teams — both landed under 3 during one stop, so 3 is ambiguous; 5: only a
     * lower-case "capital" is a place cue; 6: keys fold diacritics; 7: an organisation word heading the part before a
     * title's comma makes it an organisation, not a town: "University_of_California,_Berkeley"; 8: known WikiDict
     * corruptions repaired, {@code wikidict-repairs.tsv}: "San Francisco" is {@code San_Francisco}; 9: a side named
     * without "national" is a team, {@code England_cricket_team}; 10: a place word is a cue only around the title's own
     * name or with a description — "UN city" no longer makes {@code United_Nations} a place; John Kerry's and Amar'e Stoudemire's anchors
     * repaired; 11: a monarch by regnal number and realm is a person, not the realm's "Kingdom":
     * {@code Elizabeth_II_of_the_United_Kingdom}; 12: after a title's comma, "LLP" or "Tbk" is a legal form, while a bank's "N.A.", a
     * person's post-nominals ("Jr.", "PhD", "OBE") and a web page's "…, Wikipedia" are no place cue: {@code Citibank} is no
     * place; 13: a club by its continental form is an organisation, {@code club-affixes.tsv}: {@code AJ_Auxerre},
     * {@code S.S._Lazio} were people by their anchors; 14: a North American major-league team of {@code league-teams.tsv} is an
     * organisation: {@code Baltimore_Orioles}, {@code Seattle_SuperSonics} were people by their anchors; an office's title is made of
     * title words alone, so {@code Stephen_King} is no office; 15: the AFL and NRL clubs of {@code league-teams.tsv} too).
     * Any change to {@link TitleTypes} or the title/name tables must bump it.
     */
    static final int FORMAT = 15;
    static final int BUCKET_BITS = 20;

    static final String META = "meta.properties";
    static final String KEYS = "keys.bin";
    static final String BUCKETS = "buckets.bin";
    static final String OFFSETS = "offsets.bin";
    static final String POSTINGS = "postings.bin";
    static final String TITLES = "titles.bin";
    static final String TITLE_OFFSETS = "title-offsets.bin";
    static final String TITLE_INFO = "title-info.bin";
    static final String TITLE_KEYS = "title-keys.bin";
    static final String TITLE_IDS = "title-ids.bin";

    static int bucket(long key) { return (int) (key >>> (64 - BUCKET_BITS)); }

    // Shared by the two memory-mapped indexes (WikiDictIndex, WikidataIndex), which use the same key layout.

    /** The {@code meta.properties} of a complete index of {@code what} in {@code dir}, checked to be of {@code format}. */
    static Properties meta(Path dir, int format, String what) throws IOException {
        Path file = dir.resolve(META);
        if (!Files.isRegularFile(file)) throw new IOException("not a complete " + what + " index: " + dir);
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            meta.load(in);
        }
        if (!Integer.toString(format).equals(meta.getProperty("format")))
            throw new IOException(what + " index " + dir + " has format " + meta.getProperty("format") + ", expected " + format
                    + ": it was built by another version of newsgraph; build it again (newsgraph index build, docs/linking.md)");
        return meta;
    }

    /** A new file {@code name} of the index being written in {@code dir}, buffered (1 MB). */
    static DataOutputStream output(Path dir, String name) throws IOException {
        return new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(dir.resolve(name)), 1 << 20));
    }

    /** A file of the index mapped read-only (at most 2 GB). */
    static ByteBuffer map(Path dir, String name) throws IOException {
        try (FileChannel ch = FileChannel.open(dir.resolve(name), StandardOpenOption.READ)) {
            return ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
    }

    /** Index of {@code key} in the sorted (unsigned) key array, through the bucket table; -1 when absent. */
    static int slot(LongBuffer keys, IntBuffer buckets, long key) {
        int b = bucket(key);
        int lo = buckets.get(b), hi = buckets.get(b + 1) - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compareUnsigned(keys.get(mid), key);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -1;
    }

    /** The first position of hash {@code h} in the sorted (unsigned) title-key array, or -1 (hash neighbours follow it). */
    static int firstTitleKey(LongBuffer titleKeys, long h) {
        int lo = 0, hi = titleKeys.capacity() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = Long.compareUnsigned(titleKeys.get(mid), h);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else {
                while (mid > 0 && titleKeys.get(mid - 1) == h) mid--;
                return mid;
            }
        }
        return -1;
    }
}
