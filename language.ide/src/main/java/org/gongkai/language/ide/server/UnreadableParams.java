package org.gongkai.language.ide.server;

/** A message's params that did not read as its method's parameter, and why; {@link InvalidParamsAnswers} answers it. */
record UnreadableParams(RuntimeException failure) {
}
