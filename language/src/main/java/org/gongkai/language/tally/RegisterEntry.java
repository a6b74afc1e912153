package org.gongkai.language.tally;

import java.time.LocalDate;

/** One application as a register row writes it: its dates read, its applicant and outcome words not yet. */
public record RegisterEntry(int row, LocalDate received, String applicant, String outcome, LocalDate closed) {
}
