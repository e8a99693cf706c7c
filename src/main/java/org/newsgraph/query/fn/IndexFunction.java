package org.newsgraph.query.fn;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.newsgraph.store.index.ArticleIndex;

/**
 * Base of the {@code ngf:} property functions: a list of output variables as subject, a list of arguments as object.
 * <pre>
 *   (?person ?articles ?name) ngf:entityCounts (schema:Person "2023-03-01"^^xsd:date ?until) .
 * </pre>
 * An argument that is an unbound variable (an optional saved-query parameter left out) means "no constraint"; an
 * output position may be left out at the end of the list. Rows come in the order each function documents, so a
 * page of them can be read without sorting the rest.
 */
abstract class IndexFunction extends PropertyFunctionBase {
    private final int maxOut;
    private final int maxArgs;

    IndexFunction(int maxOut, int maxArgs) {
        super(PropFuncArgType.PF_ARG_LIST, PropFuncArgType.PF_ARG_LIST);
        this.maxOut = maxOut;
        this.maxArgs = maxArgs;
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        super.build(subject, predicate, object, cxt);
        if (subject.getArgListSize() > maxOut)
            throw new QueryBuildException(predicate.getLocalName() + ": at most " + maxOut + " output variables");
        if (object.getArgListSize() > maxArgs)
            throw new QueryBuildException(predicate.getLocalName() + ": at most " + maxArgs + " arguments");
    }

    @Override
    public final QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        List<Node> args = new ArrayList<>();
        for (int i = 0; i < maxArgs; i++) {
            Node a = i < object.getArgListSize() ? object.getArg(i) : null;
            if (a != null && a.isVariable()) a = binding.get(Var.alloc(a));
            args.add(a);
        }
        ArticleIndex index = QueryFunctions.index(cxt);
        Iterator<Node[]> rows = rows(index, args, subject.getArgListSize(), cxt);
        List<Node> outs = subject.getArgList();
        Iterator<Binding> bindings = Iter.iter(rows).map(row -> bind(binding, outs, row)).filter(b -> b != null);
        return QueryIterPlainWrapper.create(bindings, cxt);
    }

    /**
     * The rows, each one node (or null: unbound) per output position, in the function's order; {@code outputs}
     * positions are asked for. {@code cxt} is the query's context, for a function that also reads its dataset.
     */
    abstract Iterator<Node[]> rows(ArticleIndex index, List<Node> args, int outputs, ExecutionContext cxt);

    private static Binding bind(Binding parent, List<Node> outs, Node[] row) {
        BindingBuilder b = BindingFactory.builder(parent);
        for (int i = 0; i < outs.size() && i < row.length; i++) {
            Node out = outs.get(i);
            if (row[i] == null) continue;
            if (out.isVariable()) {
                Var v = Var.alloc(out);
                Node already = parent.get(v);
                if (already == null) b.add(v, row[i]);
                else if (!already.equals(row[i])) return null;
            } else if (!out.equals(row[i])) {
                return null;
            }
        }
        return b.build();
    }

    // ---- argument and value helpers ----

    static Node iri(List<Node> args, int i, String what) {
        Node n = args.get(i);
        if (n == null) return null;
        if (!n.isURI()) throw new QueryExecException(what + " must be an IRI, not " + n);
        return n;
    }

    /** The type bits of a class argument (required): Person, Organization, Place or a place class. */
    static int typeMask(List<Node> args, int i, String function) {
        Node cls = iri(args, i, "class");
        int mask = ArticleIndex.typeBits(cls);
        if (mask == 0)
            throw new QueryExecException(function + ": a schema.org Person, Organization or Place class was expected, not " + cls);
        return mask;
    }

    static int since(List<Node> args, int i) {
        Node n = args.get(i);
        return n == null ? Integer.MIN_VALUE : day(n);
    }

    static int until(List<Node> args, int i) {
        Node n = args.get(i);
        return n == null ? Integer.MAX_VALUE : day(n);
    }

    private static int day(Node n) {
        if (!n.isLiteral() || n.getLiteralLexicalForm().length() < 10)
            throw new QueryExecException("a day (xsd:date) was expected, not " + n);
        try {
            return (int) LocalDate.parse(n.getLiteralLexicalForm().substring(0, 10)).toEpochDay();
        } catch (java.time.format.DateTimeParseException e) {
            throw new QueryExecException("a day (xsd:date) was expected, not " + n);
        }
    }

    static Node date(int epochDay) {
        return NodeFactory.createLiteralDT(LocalDate.ofEpochDay(epochDay).toString(), XSDDatatype.XSDdate);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node string(String s) {
        return s == null ? null : NodeFactory.createLiteralString(s);
    }

    static <T> Iterator<Node[]> map(List<T> list, Function<T, Node[]> f) {
        return Iter.iter(list.iterator()).map(f);
    }
}
