package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * One entity of one article, after in-document resolution: its type, fullest name, the other names the article
 * uses, every mention, its salience and what the text says of it. Made by {@link EntityExtractor}; an
 * {@link EntityResolver} (the linker) may then {@link #link link} it to a Wikipedia title and refine its class.
 * Confined to the thread that processes the article.
 *
 * <pre>
 *   for (ExtractedEntity e : extraction.entities())
 *       System.out.println(e.type() + " " + e.name() + " " + e.alternateNames() + " " + e.mentions().size());
 * </pre>
 */
public final class ExtractedEntity {
    private EntityType type;
    private String name;
    private final Set<String> alternateNames = new LinkedHashSet<>();
    private final List<Mention> mentions = new ArrayList<>();
    private Node schemaClass;
    private double salience;
    private final List<Role> roles = new ArrayList<>();
    private String wikipediaTitle;
    private double linkConfidence;
    private ExtractedEntity governmentOf;

    public ExtractedEntity(EntityType type, String name) {
        this.type = type;
        this.name = name;
        this.schemaClass = type.schemaClass();
    }

    public EntityType type() { return type; }

    /** The fullest form of the name in the article ("Xi Jinping", never "Xi's"). */
    public String name() { return name; }

    /** Other names the article uses for the entity, without the {@link #name()}. */
    public Set<String> alternateNames() { return Collections.unmodifiableSet(alternateNames); }

    /** The mentions in text order. */
    public List<Mention> mentions() { return Collections.unmodifiableList(mentions); }

    /** The most specific schema.org class known ({@code schema:Country}, {@code schema:GovernmentOrganization} …). */
    public Node schemaClass() { return schemaClass; }

    /** Salience in [0,1]: how central the entity is to the article. */
    public double salience() { return salience; }

    public List<Role> roles() { return Collections.unmodifiableList(roles); }

    /** The Wikipedia title (underscores or spaces) the linker chose, or null when not linked. */
    public String wikipediaTitle() { return wikipediaTitle; }

    public double linkConfidence() { return linkConfidence; }

    public boolean isLinked() { return wikipediaTitle != null; }

    /**
     * For the government of a place named as a speaker ("Washington warned …", "Beijing told …": metonymy), the
     * place; else null. Such an entity is an {@link EntityType#ORGANIZATION} of class
     * {@code schema:GovernmentOrganization} carrying the place's name, with no mentions of its own (the words stay
     * mentions of the place); a linker may resolve it to the government body.
     */
    public ExtractedEntity governmentOf() { return governmentOf; }

    void governmentOf(ExtractedEntity place) { this.governmentOf = place; }

    /** Sets the link; for {@link EntityResolver}s. */
    public void link(String wikipediaTitle, double confidence) {
        this.wikipediaTitle = wikipediaTitle;
        this.linkConfidence = confidence;
    }

    /**
     * Corrects the type, for a linker whose title shows NER's type wrong (a club NER took for its town): the class
     * becomes {@code schemaClass}, a subclass of the new type's class.
     */
    public void retype(EntityType t, Node schemaClass) {
        this.type = t;
        this.schemaClass = schemaClass;
    }

    /** Refines the class (must be a subclass of the type's class); for the extractor and linkers. */
    public void schemaClass(Node c) { this.schemaClass = c; }

    void salience(double s) { this.salience = s; }

    void rename(String fuller) {
        if (fuller.equals(name)) return;
        alternateNames.add(name);
        alternateNames.remove(fuller);
        name = fuller;
    }

    void addName(String n) {
        if (!n.equals(name)) alternateNames.add(n);
    }

    /** Adds a mention, kept in text order (for extractions built by hand: a resolver's tests, other NER). */
    public void addMention(Mention m) {
        int i = Collections.binarySearch(mentions, m);
        mentions.add(i < 0 ? -i - 1 : i, m);
    }

    void addRole(Role r) {
        if (!roles.contains(r)) roles.add(r);
    }

    /** All names: the name first, then the alternate names. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.addAll(alternateNames);
        return all;
    }

    @Override public String toString() { return type + ":" + name + alternateNames + "x" + mentions.size(); }
}
