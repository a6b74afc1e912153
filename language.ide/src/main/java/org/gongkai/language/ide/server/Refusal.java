package org.gongkai.language.ide.server;

/** Why a server command does not do what it was asked; the command puts its own words before it and shows it. */
final class Refusal extends RuntimeException {

	private static final long serialVersionUID = 1L;

	Refusal(String reason) {
		super(reason);
	}
}
