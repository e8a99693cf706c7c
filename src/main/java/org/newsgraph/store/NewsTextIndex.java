package org.newsgraph.store;

import java.io.IOException;
import java.util.Map;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextIndexException;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;

/**
 * The jena-text Lucene index with leaner documents, for a store whose literals stay in TDB2: one document per indexed
 * literal holding the subject IRI (stored, for {@code text:query} results; indexed, as jena-text needs), the analysed
 * text (not stored), the language tag or datatype when there is one, and a 64-bit key in a doc-values column for
 * deletes.
 * <p>
 * jena-text's own documents carry a 64-character hexadecimal SHA-256 id per literal, as a stored and indexed term
 * computed over graph, subject, field, value and language: one more unique term per document, which is most of
 * the term-dictionary work of a bulk load (there are far fewer distinct words and subjects than literals). Here a
 * delete finds its document by the subject term and the key (a 64-bit hash of graph, field, value and language) among
 * that subject's documents. A collision of two keys of the same subject would at worst delete one extra text entry.
 * As in jena-text, the key knows the Lucene field, not the predicate: two literals equal in graph, subject, value and
 * language under two predicates indexed into the same field are one key, and deleting one deletes both entries.
 * <p>
 * Indexes written before this class (no {@value #FORMAT_KEY} in the Lucene commit data) keep jena-text's ids, so the
 * deletes of an existing store still find their documents.
 */
final class NewsTextIndex extends TextIndexLucene {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NewsTextIndex.class);
    /** Lucene commit-data key recording how document ids are made. */
    static final String FORMAT_KEY = "newsgraph.uid";
    static final String FORMAT = "subject-and-key";

    /** The subject IRI: stored (for results), indexed whole (jena-text finds a bound subject by it), no norms. */
    private static final FieldType SUBJECT = new FieldType();
    static {
        SUBJECT.setTokenized(false);
        SUBJECT.setStored(true);
        SUBJECT.setOmitNorms(true);
        SUBJECT.setIndexOptions(org.apache.lucene.index.IndexOptions.DOCS);
        SUBJECT.freeze();
    }

    private final EntityDefinition def;
    /** True for an index written with jena-text's ids: this class then writes and deletes the way jena-text does. */
    private final boolean legacy;
    private final FieldType text;

    NewsTextIndex(Directory directory, TextIndexConfig config) {
        super(directory, config);
        this.def = config.getEntDef();
        this.text = config.isValueStored() ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED;
        this.legacy = isLegacy(directory);
        if (legacy)
            LOG.info("The text index in {} was written by an older newsgraph; it keeps its document ids", directory);
        else
            markFormat();
    }

    private boolean isLegacy(Directory directory) {
        try {
            if (getIndexWriter().getDocStats().numDocs == 0) return false;
            return !FORMAT.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(FORMAT_KEY));
        } catch (IOException e) {
            throw new TextIndexException("reading the commit data of the text index", e);
        }
    }

    /** Whether this index keeps jena-text's document ids (it was written before this class). */
    boolean isLegacy() { return legacy; }

    /** Every commit carries the format, so the next process knows how the ids were made. */
    private void markFormat() {
        if (!legacy) getIndexWriter().setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
    }

    @Override
    public void prepareCommit() {
        markFormat();
        super.prepareCommit();
    }

    @Override
    public void commit() {
        markFormat();
        super.commit();
    }

    @Override
    public void rollback() {
        super.rollback();   // opens a new writer, which has no commit data of its own yet
        markFormat();
    }

    @Override
    protected Document doc(Entity entity) {
        if (legacy) return super.doc(entity);
        Document doc = new Document();
        doc.add(new Field(def.getEntityField(), entity.getId(), SUBJECT));
        if (def.getGraphField() != null) doc.add(new Field(def.getGraphField(), entity.getGraph(), SUBJECT));
        String lang = entity.getLanguage();
        RDFDatatype datatype = entity.getDatatype();
        for (Map.Entry<String, Object> e : entity.getMap().entrySet()) {
            String field = e.getKey();
            String value = (String) e.getValue();
            doc.add(new Field(field, value, text));
            if (def.getLangField() != null) {   // as jena-text: language tag, else a datatype other than xsd:string
                if (lang != null && !lang.isEmpty())
                    doc.add(new Field(def.getLangField(), lang, StringField.TYPE_STORED));
                else if (datatype != null && !datatype.equals(XSDDatatype.XSDstring))
                    doc.add(new Field(def.getLangField(), "^^" + datatype.getURI(), StringField.TYPE_STORED));
            }
        }
        if (def.getUidField() != null && !entity.getMap().isEmpty()) doc.add(new NumericDocValuesField(def.getUidField(), key(entity)));
        return doc;
    }

    @Override
    public void deleteEntity(Entity entity) {
        if (legacy) {
            super.deleteEntity(entity);
            return;
        }
        if (def.getUidField() == null) return;
        try {
            getIndexWriter().deleteDocuments(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(def.getEntityField(), entity.getId())), BooleanClause.Occur.FILTER)
                    .add(NumericDocValuesField.newSlowExactQuery(def.getUidField(), key(entity)), BooleanClause.Occur.FILTER)
                    .build());
        } catch (IOException ex) {
            throw new TextIndexException("deleteEntity", ex);
        }
    }

    /**
     * The key of one literal's document among its subject's documents: a 64-bit FNV-1a hash of graph, field, value and
     * language, over their UTF-16 chars with a separator after each part (so that ("ab", "c") and ("a", "bc") differ,
     * and null differs from ""). It needs no encoding and allocates nothing: it runs once per indexed literal. An
     * entity made from a quad has one field; like jena-text's deletes, the key is that of its first.
     */
    static long key(Entity entity) {
        Map.Entry<String, Object> first = entity.getMap().entrySet().iterator().next();
        long h = 0xcbf29ce484222325L;
        h = hash(h, entity.getGraph());
        h = hash(h, first.getKey());
        h = hash(h, (String) first.getValue());
        return hash(h, entity.getLanguage());
    }

    private static long hash(long h, String s) {
        if (s != null) {
            for (int i = 0, n = s.length(); i < n; i++) h = (h ^ s.charAt(i)) * 0x100000001b3L;
        }
        return (h ^ (s == null ? 0x10000 : 0x10001)) * 0x100000001b3L;   // separators outside the char range
    }
}
