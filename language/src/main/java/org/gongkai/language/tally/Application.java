package org.gongkai.language.tally;

import java.time.LocalDate;

import org.gongkai.language.template.Item;

/**
 * One application of a register, read against part 三: its applicant column, and while it is open no outcome row
 * and no closing date.
 */
public record Application(int row, LocalDate received, Item applicant, Item outcome, LocalDate closed) {

	public boolean isOpenOn(LocalDate day) {
		return closed == null || closed.isAfter(day);
	}
}
