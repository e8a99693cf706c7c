package org.newsgraph.read.html;

import org.jsoup.nodes.Document;

/**
 * One place metadata is found on an HTML page (JSON-LD, microdata, RDFa, meta tags, the document itself). Sources run
 * in a fixed order, best first, each filling only what the ones before left empty.
 */
interface MetadataSource {
    /** A short name used in {@link PageMetadata#from} and in messages, e.g. {@code "json-ld"}. */
    String name();

    void read(Document page, PageMetadata.Filler into, PageContext context);
}
