package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.sparql.core.Quad;

/**
 * The last check before an article's quads are written: what would make the output fail to parse or fail
 * {@code validate} is never written. A quad with an IRI that is not a valid absolute IRI, or a typed literal whose
 * lexical form is not valid for its datatype ({@code "+999999999-12-31"^^xsd:date}), is dropped; characters that
 * RDF/XML and many tools refuse (C0 controls other than tab and line ends, U+FFFE, U+FFFF, lone surrogates) are
 * removed from literals. Each change is one warning naming the property.
 */
final class QuadCheck {
    private QuadCheck() {}

    record Result(List<Quad> quads, List<String[]> warnings) {}

    static Result check(List<Quad> quads) {
        List<Quad> out = new ArrayList<>(quads.size());
        Set<String> seen = new LinkedHashSet<>();
        List<String[]> warnings = new ArrayList<>();
        for (Quad q : quads) {
            String field = q.getPredicate().isURI() ? q.getPredicate().getLocalName() : null;
            String bad = badIri(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject());
            if (bad != null) {
                warn(seen, warnings, field, "not a valid IRI, left out: " + shorten(bad));
                continue;
            }
            Node o = q.getObject();
            if (o.isLiteral()) {
                RDFDatatype dt = o.getLiteralDatatype();
                if (dt instanceof XSDDatatype && !dt.isValid(o.getLiteralLexicalForm())) {
                    warn(seen, warnings, field, "not a valid " + shortType(dt) + ", left out: \"" + shorten(o.getLiteralLexicalForm()) + "\"");
                    continue;
                }
                String clean = clean(o.getLiteralLexicalForm());
                if (clean != null) {
                    warn(seen, warnings, field, "characters that are not allowed in RDF text (control characters, "
                            + "U+FFFE/U+FFFF, lone surrogates) removed");
                    String lang = o.getLiteralLanguage();
                    o = lang != null && !lang.isEmpty() ? NodeFactory.createLiteralLang(clean, lang)
                            : o.getLiteralDatatypeURI().equals(XSDDatatype.XSDstring.getURI()) ? NodeFactory.createLiteralString(clean)
                            : NodeFactory.createLiteralDT(clean, dt);
                    q = Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), o);
                }
            }
            out.add(q);
        }
        return new Result(out, warnings);
    }

    private static void warn(Set<String> seen, List<String[]> warnings, String field, String message) {
        if (seen.add(field + "\u0000" + message)) warnings.add(new String[] {field, message});
    }

    private static String badIri(Node... nodes) {
        for (Node n : nodes) {
            if (n == null || !n.isURI()) continue;
            String u = n.getURI();
            try {
                IRIx iri = IRIx.create(u);
                if (iri.isRelative() || !iri.isReference()) return u;
                if (clean(u) != null || u.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"'
                        || c == '{' || c == '}' || c == '|' || c == '\\' || c == '^' || c == '`')) return u;
            } catch (IRIException e) {
                return u;
            }
        }
        return null;
    }

    /** The text without the characters RDF tools refuse, or null when there are none. */
    static String clean(String s) {
        int i = 0, n = s.length();
        while (i < n && allowed(s, i)) i++;
        if (i == n) return null;
        StringBuilder sb = new StringBuilder(n);
        for (int j = 0; j < n; j++) {
            char c = s.charAt(j);
            if (Character.isHighSurrogate(c) && j + 1 < n && Character.isLowSurrogate(s.charAt(j + 1))) {
                sb.append(c).append(s.charAt(++j));
                continue;
            }
            if (allowed(s, j)) sb.append(c);
        }
        return sb.toString();
    }

    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (c < 0x20) return c == '\t' || c == '\n' || c == '\r';
        if (c == 0xFFFE || c == 0xFFFF) return false;
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (Character.isLowSurrogate(c)) return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        return true;
    }

    private static String shortType(RDFDatatype dt) {
        String u = dt.getURI();
        return u.startsWith(XSDDatatype.XSD + "#") ? "xsd:" + u.substring(XSDDatatype.XSD.length() + 1) : u;
    }

    private static String shorten(String s) { return s.length() <= 80 ? s : s.substring(0, 80) + "…"; }

}
