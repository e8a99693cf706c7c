package org.newsgraph.link;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A rule that decides an entity's link before any scoring, from a table rather than from statistics. The linker
 * asks its rules in order; the first title wins and becomes a confident link. Two ship:
 * <ul>
 *   <li>{@link #governmentMetonymy()}: an ORGANIZATION named like a capital or a seat of government — "Washington
 *       warned", "Beijing rejected", "the Kremlin said", "Downing Street" — is that country's government body
 *       (table {@code government-metonyms.tsv}: name → Wikipedia title);</li>
 *   <li>{@link #outlets(Map)}: an ORGANIZATION named exactly like a known outlet or agency of the publisher registry
 *       ("Reuters", "TASS", "The Moscow Times") is the registry's Wikipedia title for it, so the linked entity and the
 *       article's publisher and image-credit nodes are one node.</li>
 * </ul>
 *
 * <pre>
 *   Linker.create(index).rule(LinkRule.outlets(Map.of("tass", "TASS"))).build();
 * </pre>
 */
@FunctionalInterface
public interface LinkRule {
    /** The title this rule links the request to, or empty when it does not apply. */
    Optional<String> title(LinkRequest req);

    /** The rules every linker has: {@link #governmentMetonymy()}. */
    static List<LinkRule> standard() { return List.of(governmentMetonymy()); }

    /** Capitals and seats of government standing for a government, for ORGANIZATION requests. */
    static LinkRule governmentMetonymy() { return GovernmentMetonymy.INSTANCE; }

    /** Outlets by name (lower case, "the" kept as written in the registry) → Wikipedia title. */
    static LinkRule outlets(Map<String, String> byName) {
        Map<String, String> m = new HashMap<>();
        byName.forEach((k, v) -> m.put(k.toLowerCase(Locale.ROOT), v));
        return req -> {
            if (req.type() != EntityType.ORGANIZATION) return Optional.empty();
            String n = Linker.clean(req.name()).toLowerCase(Locale.ROOT);
            String t = m.get(n);
            if (t == null && !n.startsWith("the ")) t = m.get("the " + n);   // "Moscow Times" for "The Moscow Times"
            return Optional.ofNullable(t);
        };
    }

    /** The table of {@code government-metonyms.tsv}. */
    final class GovernmentMetonymy implements LinkRule {
        static final GovernmentMetonymy INSTANCE = new GovernmentMetonymy();
        private final Map<String, String> table = new HashMap<>();
        private final Map<String, String> countries = new HashMap<>();

        private GovernmentMetonymy() {
            for (String[] f : TsvTable.rows("government-metonyms.tsv")) {
                table.put(key(f[0]), f[1].strip());
                if (f.length > 2 && !f[2].isBlank()) countries.put(key(f[0]), f[2].strip());
            }
        }

        /** The country whose capital or seat of government the name is ("WASHINGTON" → "United States"), or null. */
        public String country(String name) { return countries.get(key(name)); }

        private static String key(String name) {
            String n = Surfaces.normalize(Linker.clean(name));
            return n.startsWith("the ") ? n.substring(4) : n;
        }

        /** Every government title of the table. */
        public java.util.Set<String> titles() { return java.util.Set.copyOf(table.values()); }

        /** The government title for a name, ignoring the request type (null when the name is not in the table). */
        public String government(String name) { return table.get(key(name)); }

        @Override
        public Optional<String> title(LinkRequest req) {
            if (req.type() != EntityType.ORGANIZATION) return Optional.empty();
            return Optional.ofNullable(government(req.name()));
        }
    }
}
