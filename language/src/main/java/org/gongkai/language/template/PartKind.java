package org.gongkai.language.template;

/** How a part of the report is written. */
public enum PartKind {
	/** Part 一: topics with their texts (or, any format, one text). */
	TOPICS,
	/** Parts 二–四: a table. */
	TABLE,
	/** Parts 五 and 六: one text. */
	TEXT
}
