package org.gongkai.classfile;

/** A class that neither the jar nor the JDK has: frames that merge it cannot be computed. */
final class UnknownClassException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UnknownClassException(String name) {
		super(name);
	}
}
