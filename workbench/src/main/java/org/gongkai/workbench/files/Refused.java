package org.gongkai.workbench.files;

/** A request the workbench will not carry out; the message says why, in Chinese. {@code status}: the HTTP status. */
public final class Refused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public static final int FORBIDDEN = 403;
	public static final int NOT_FOUND = 404;
	public static final int CONFLICT = 409;
	public static final int BAD_REQUEST = 400;

	private final int status;

	public Refused(int status, String message) {
		super(message);
		this.status = status;
	}

	public int status() {
		return status;
	}
}
