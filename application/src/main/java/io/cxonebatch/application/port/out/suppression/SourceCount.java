package io.cxonebatch.application.port.out.suppression;

/** How many entries a run staged from one suppression source, and how many of them could not be parsed. */
public record SourceCount(String source, long entries, long unparseable) {
}
