package org.gongkai.language.template;

import java.util.List;

/**
 * A part of a table under one caption (第二十条第（一）项 …). {@code columns} are what a writer puts before the
 * colon, {@code rows} what goes inside a column; every column of the block has every row.
 */
public record Block(String caption, List<Item> columns, List<Item> rows) {
}
