package org.gongkai.language.template;

/** What a cell holds. */
public enum CellKind {
	/** A whole number, never negative. */
	COUNT,
	/** An amount of money in 万元 (or written with its unit 元 / 万元), stored exactly. */
	AMOUNT,
	/** A whole number that may be negative (format 2019's 本年增/减). */
	SIGNED
}
