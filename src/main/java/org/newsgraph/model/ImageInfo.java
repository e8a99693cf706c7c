package org.newsgraph.model;

/** The article's lead image: any part may be null. */
public record ImageInfo(String url, String caption, String credit) implements java.io.Serializable {
    public boolean isEmpty() { return url == null && caption == null && credit == null; }
}
