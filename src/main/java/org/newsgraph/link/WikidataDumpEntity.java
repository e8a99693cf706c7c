package org.newsgraph.link;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One item of a Wikidata JSON dump, as far as the linker needs it, read from its line with Jackson's streaming
 * parser (everything else is skipped without building objects): QID, English label (else the language-neutral
 * {@code mul} label), English aliases, description, P31 classes, the enwiki sitelink and the number of sitelinks,
 * P625 coordinates, P1566 GeoNames ID, P856 website, the dates P569/P571 (birth, inception) and P570/P576
 * (death, dissolution), and the items it is related to through the properties of {@code wikidata-relations.tsv}
 * (spouse, employer, member of sports team … strongly; country, located in … weakly: for {@link Coherence};
 * sorted QIDs, at most {@link #MAX_RELATED} of each). Deprecated statements are ignored.
 *
 * <pre>
 *   WikidataDumpEntity e = WikidataDumpEntity.parse(factory, lineBytes, 0, n);   // null for a property or lexeme
 * </pre>
 */
record WikidataDumpEntity(int qid, String label, List<String> aliases, String description, List<Integer> p31,
                          String enwiki, int sitelinks, double lat, double lon, int geonames, String website,
                          int start, int end, int[] related, int[] weaklyRelated) {
    /** No date. */
    static final int NO_DATE = Integer.MIN_VALUE;
    /** The most related items kept per item (a country's "contains" list is long; coherence needs the few that matter). */
    static final int MAX_RELATED = 256;
    /** The relation properties ({@code wikidata-relations.tsv}) → true for a strong one. */
    static final java.util.Map<String, Boolean> RELATIONS = TsvTable.rows("wikidata-relations.tsv").stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(r -> r[0], r -> r[1].equals("strong")));

    /** Parses one dump line (an entity object, maybe followed by a comma); null when it is not an item. */
    static WikidataDumpEntity parse(JsonFactory f, byte[] b, int off, int len) throws IOException {
        try (JsonParser p = f.createParser(b, off, len)) {
            if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException("not a JSON object");
            Builder e = new Builder();
            String enLabel = null, mulLabel = null;
            List<String> enAliases = new ArrayList<>(), mulAliases = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                switch (field) {
                    case "type" -> { if (!"item".equals(p.getText())) return null; }
                    case "id" -> {
                        String id = p.getText();
                        if (id == null || id.length() < 2 || id.charAt(0) != 'Q') return null;
                        e.qid = Integer.parseInt(id.substring(1));
                    }
                    case "labels" -> {
                        String[] got = languageValues(p, t);
                        enLabel = got[0];
                        mulLabel = got[1];
                    }
                    case "descriptions" -> e.description = languageValues(p, t)[0];
                    case "aliases" -> aliases(p, t, enAliases, mulAliases);
                    case "claims" -> claims(p, t, e);
                    case "sitelinks" -> sitelinks(p, t, e);
                    default -> p.skipChildren();
                }
            }
            if (e.qid <= 0) throw new IOException("item without an id");
            e.label = enLabel != null ? enLabel : mulLabel;
            e.aliases = !enAliases.isEmpty() ? enAliases : mulAliases;
            return e.build();
        }
    }

    private static final class Builder {
        int qid, sitelinks, geonames, start = NO_DATE, end = NO_DATE, birth = NO_DATE, death = NO_DATE;
        String label, description, enwiki, website;
        List<String> aliases = List.of();
        final List<Integer> p31 = new ArrayList<>(2);
        final java.util.TreeSet<Integer> related = new java.util.TreeSet<>(), weak = new java.util.TreeSet<>();
        double lat = Double.NaN, lon = Double.NaN;

        WikidataDumpEntity build() {
            related.remove(qid);
            weak.remove(qid);
            weak.removeAll(related);
            return new WikidataDumpEntity(qid, label, List.copyOf(aliases), description, List.copyOf(p31), enwiki, sitelinks,
                    lat, lon, geonames, website, start != NO_DATE ? start : birth, end != NO_DATE ? end : death,
                    ints(related), ints(weak));
        }

        private static int[] ints(java.util.Set<Integer> s) { return s.stream().mapToInt(Integer::intValue).toArray(); }
    }

    /** {"en": {"language": "en", "value": "…"}, …} → [en value, mul value]. */
    private static String[] languageValues(JsonParser p, JsonToken t) throws IOException {
        String[] out = new String[2];
        if (t != JsonToken.START_OBJECT) { p.skipChildren(); return out; }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String lang = p.currentName();
            p.nextToken();
            int slot = lang.equals("en") ? 0 : lang.equals("mul") ? 1 : -1;
            if (slot < 0) { p.skipChildren(); continue; }
            out[slot] = value(p);
        }
        return out;
    }

    /** The "value" of a {"language": …, "value": …} object (parser on its START_OBJECT). */
    private static String value(JsonParser p) throws IOException {
        String v = null;
        if (p.currentToken() != JsonToken.START_OBJECT) { p.skipChildren(); return null; }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (f.equals("value")) v = p.getValueAsString();
            else p.skipChildren();
        }
        return v;
    }

    private static void aliases(JsonParser p, JsonToken t, List<String> en, List<String> mul) throws IOException {
        if (t != JsonToken.START_OBJECT) { p.skipChildren(); return; }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String lang = p.currentName();
            p.nextToken();
            List<String> into = lang.equals("en") ? en : lang.equals("mul") ? mul : null;
            if (into == null || p.currentToken() != JsonToken.START_ARRAY) { p.skipChildren(); continue; }
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String v = value(p);
                if (v != null && !v.isBlank()) into.add(v);
            }
        }
    }

    private static void sitelinks(JsonParser p, JsonToken t, Builder e) throws IOException {
        if (t != JsonToken.START_OBJECT) { p.skipChildren(); return; }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String site = p.currentName();
            p.nextToken();
            e.sitelinks++;
            if (!site.equals("enwiki") || p.currentToken() != JsonToken.START_OBJECT) { p.skipChildren(); continue; }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if (f.equals("title")) e.enwiki = p.getValueAsString();
                else p.skipChildren();
            }
        }
    }

    private static void claims(JsonParser p, JsonToken t, Builder e) throws IOException {
        if (t != JsonToken.START_OBJECT) { p.skipChildren(); return; }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String prop = p.currentName();
            p.nextToken();
            switch (prop) {
                case "P31", "P625", "P1566", "P856", "P569", "P570", "P571", "P576" -> statements(p, prop, e);
                default -> {
                    if (RELATIONS.containsKey(prop)) statements(p, prop, e);
                    else p.skipChildren();
                }
            }
        }
    }

    /** An array of statements of one property: the main snak's value of each non-deprecated one. */
    private static void statements(JsonParser p, String prop, Builder e) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) { p.skipChildren(); return; }
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Snak s = new Snak();
            String rank = "normal";
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String f = p.currentName();
                p.nextToken();
                if (f.equals("rank")) rank = p.getText();
                else if (f.equals("mainsnak")) snak(p, s);
                else p.skipChildren();
            }
            if (rank.equals("deprecated") || !s.has) continue;
            switch (prop) {
                case "P31" -> { if (s.item > 0) e.p31.add(s.item); }
                case "P625" -> { if (Double.isNaN(e.lat) && !Double.isNaN(s.lat)) { e.lat = s.lat; e.lon = s.lon; } }
                case "P1566" -> { if (e.geonames == 0 && s.string != null && s.string.matches("\\d{1,9}")) e.geonames = Integer.parseInt(s.string); }
                case "P856" -> { if (e.website == null) e.website = s.string; }
                case "P571" -> { if (e.start == NO_DATE) e.start = s.date; }
                case "P569" -> { if (e.birth == NO_DATE) e.birth = s.date; }
                case "P576" -> { if (e.end == NO_DATE) e.end = s.date; }
                case "P570" -> { if (e.death == NO_DATE) e.death = s.date; }
                default -> {
                    java.util.Set<Integer> into = RELATIONS.get(prop) ? e.related : e.weak;
                    if (s.item > 0 && into.size() < MAX_RELATED) into.add(s.item);
                }
            }
        }
    }

    private static final class Snak {
        boolean has;
        int item;
        String string;
        double lat = Double.NaN, lon = Double.NaN;
        int date = NO_DATE;
    }

    /** {"snaktype": "value", "datavalue": {"value": …, "type": …}, …} */
    private static void snak(JsonParser p, Snak s) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) { p.skipChildren(); return; }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String f = p.currentName();
            p.nextToken();
            if (!f.equals("datavalue") || p.currentToken() != JsonToken.START_OBJECT) { p.skipChildren(); continue; }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String g = p.currentName();
                JsonToken v = p.nextToken();
                if (!g.equals("value")) { p.skipChildren(); continue; }
                s.has = true;
                if (v == JsonToken.VALUE_STRING) { s.string = p.getText(); continue; }
                if (v != JsonToken.START_OBJECT) { p.skipChildren(); continue; }
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String h = p.currentName();
                    JsonToken w = p.nextToken();
                    switch (h) {
                        case "id" -> { String id = p.getText(); if (id != null && id.startsWith("Q")) s.item = parseQid(id); }
                        case "latitude" -> { if (w.isNumeric()) s.lat = p.getDoubleValue(); }
                        case "longitude" -> { if (w.isNumeric()) s.lon = p.getDoubleValue(); }
                        case "time" -> s.date = date(p.getText());
                        default -> p.skipChildren();
                    }
                }
            }
        }
    }

    private static int parseQid(String id) {
        try {
            return Integer.parseInt(id.substring(1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** "+1952-03-11T00:00:00Z" → 19520311 (month and day 0 when unknown; negative for BCE); NO_DATE when unreadable. */
    static int date(String t) {
        if (t == null) return NO_DATE;
        java.util.regex.Matcher m = DATE.matcher(t);
        if (!m.lookingAt()) return NO_DATE;
        long y = Long.parseLong(m.group(2));
        if (y > 200_000) return NO_DATE;
        int v = (int) (y * 10000 + Integer.parseInt(m.group(3)) * 100 + Integer.parseInt(m.group(4)));
        return "-".equals(m.group(1)) ? -v : v;
    }

    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("([+-]?)(\\d{1,11})-(\\d\\d)-(\\d\\d)");
}
