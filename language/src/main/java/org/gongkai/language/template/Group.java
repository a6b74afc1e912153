package org.gongkai.language.template;

/** A row of the printed table that carries no numbers of its own and spans its sub-rows, e.g. （三）不予公开. */
public record Group(String number, String label) {

	public String fullLabel() {
		return number + label;
	}
}
