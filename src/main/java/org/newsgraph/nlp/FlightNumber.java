package org.newsgraph.nlp;

/**
 * Air-crash news names a flight by its airline and number — "Ethiopian Airlines Flight 302", "Malaysia Airlines
 * flight MH17" — and NER runs the airline into "Flight": "Ethiopian Airlines Flight", which names nothing. An
 * organisation whose name ends in "Flight" right before a flight number (digits, or letters and digits) is the airline:
 * the span ends before "Flight".
 */
final class FlightNumber implements Rule {
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\p{Lu}{0,3}\\d{1,4}");

    @Override
    public void apply(Doc d) {
        Tokens t = d.t;
        for (int n = 0; n < d.cands.size(); n++) {
            Cand c = d.cands.get(n);
            if (c.type != EntityType.ORGANIZATION || c.cb >= 0 || c.e - c.s < 2 || !t.word[c.e - 1].equalsIgnoreCase("Flight")) continue;
            if (c.e >= t.size || !NUMBER.matcher(t.word[c.e]).matches()) continue;
            String surface = t.span(c.s, c.e - 1);
            d.cands.set(n, new Cand(c.s, c.e - 1, surface, c.type, c.name.equals(c.surface) ? surface : c.name, false));
        }
    }
}
