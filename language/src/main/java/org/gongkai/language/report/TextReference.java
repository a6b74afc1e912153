package org.gongkai.language.report;

/** A {@code ${path}} inside a text: from {@code start} (the '$') to {@code end} (after the '}'); closed is false when '}' is missing. */
public record TextReference(int start, int end, String path, boolean closed) {
}
