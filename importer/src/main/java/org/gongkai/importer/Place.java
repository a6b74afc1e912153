package org.gongkai.importer;

import org.gongkai.language.template.Item;

/** Where a cell stands in its table: the template's column and row. */
record Place(Item column, Item row) {
}
