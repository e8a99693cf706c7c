package org.newsgraph.model;

/** Another article the article links to ("Related article:" lines, {@code related} in JSON). */
public record RelatedArticle(String headline, String url) implements java.io.Serializable {}
