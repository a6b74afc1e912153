package org.gongkai.language.ide.cli;

/** A problem outside the reports (exit status 2), with the one Chinese line that explains it. */
public class CliProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CliProblem(String message) {
		super(message);
	}
}
