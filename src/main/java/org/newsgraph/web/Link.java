package org.newsgraph.web;

/**
 * A link on a page: the text to show, where it goes ({@code /id/...} for IRIs this server answers, else the IRI)
 * and a kind ({@code person}, {@code org}, {@code place}, or empty) for styling.
 */
public record Link(String text, String href, String kind) {
    public Link(String text, String href) { this(text, href, ""); }
}
