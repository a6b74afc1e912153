package org.gongkai.language.tally;

/** A register that is no workbook or CSV file that can be read; the message in Chinese. */
public class RegisterUnreadable extends Exception {

	private static final long serialVersionUID = 1L;

	public RegisterUnreadable(String message, Throwable cause) {
		super(message, cause);
	}
}
