package org.newsgraph.query.fn;

import java.util.function.Supplier;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.system.Txn;
import org.newsgraph.store.index.ArticleIndex;
import org.newsgraph.store.index.ArticleIndexBuilder;

/**
 * newsgraph's SPARQL property functions, in the namespace {@value #NS} (prefix {@code ngf:}), answered from the
 * store's {@link ArticleIndex}: {@code ngf:entityCounts}, {@code ngf:pairCounts}, {@code ngf:sourceCounts},
 * {@code ngf:articles}, {@code ngf:quotes}, {@code ngf:linkedEntities}, {@code ngf:entity}, {@code ngf:entitiesNamed}. They work in any query on a newsgraph store — saved queries,
 * the CLI, the Fuseki UI — as {@code text:query} does for jena-text.
 * <p>
 * The index is found in the query's context under {@link #INDEX} (a {@code Supplier<ArticleIndex>}, set by
 * {@link org.newsgraph.store.NewsStore}); on any other dataset it is built from the dataset for that query.
 */
public final class QueryFunctions {
    public static final String NS = "https://w3id.org/newsgraph/fn#";
    /** Context key of the {@code Supplier<ArticleIndex>} of a dataset. */
    public static final Symbol INDEX = ArticleIndex.CONTEXT_KEY;
    private static volatile boolean registered;

    private QueryFunctions() {}

    /** Registers the functions with ARQ (once; later calls do nothing). */
    public static synchronized void register() {
        if (registered) return;
        PropertyFunctionRegistry reg = PropertyFunctionRegistry.get();
        reg.put(NS + "entityCounts", uri -> new EntityCounts());
        reg.put(NS + "pairCounts", uri -> new PairCounts());
        reg.put(NS + "sourceCounts", uri -> new SourceCounts());
        reg.put(NS + "articles", uri -> new Articles());
        reg.put(NS + "linkedEntities", uri -> new LinkedEntities());
        reg.put(NS + "quotes", uri -> new Quotes());
        reg.put(NS + "entity", uri -> new EntityFacts());
        reg.put(NS + "entitiesNamed", uri -> new EntitiesNamed());
        registered = true;
    }

    @SuppressWarnings("unchecked")
    static ArticleIndex index(ExecutionContext cxt) {
        Object supplier = cxt.getContext().get(INDEX);
        if (supplier == null && cxt.getDataset() != null) supplier = cxt.getDataset().getContext().get(INDEX);
        if (supplier instanceof Supplier<?> s) return (ArticleIndex) s.get();
        var dsg = cxt.getDataset();
        return Txn.calculateRead(dsg, () -> ArticleIndexBuilder.create(dsg).build());
    }
}
