package org.gongkai.language.generator;

import java.util.List;

/**
 * An official table as printed: {@code width} columns, the first {@code headerRows} rows are headers, and each row
 * lists only the cells that start in it (a cell spanning rows or columns covers the places it spans), as HTML does.
 */
public record Grid(int width, int headerRows, List<List<GridCell>> rows) {
}
