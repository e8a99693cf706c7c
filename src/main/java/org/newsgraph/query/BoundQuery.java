package org.newsgraph.query;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;

/**
 * A saved query with its parameter values bound on the parsed query (a copy), ready to run.
 *
 * @param saved    the saved query
 * @param query    the bound query (values substituted, LIMIT/OFFSET set for the page)
 * @param bindings the values bound, by variable
 * @param page     the page (1-based; 1 when not paginated)
 */
public record BoundQuery(SavedQuery saved, Query query, Map<Var, Node> bindings, long page) {}
