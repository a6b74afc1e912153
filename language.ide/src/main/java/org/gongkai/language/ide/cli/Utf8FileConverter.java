package org.gongkai.language.ide.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.impl.ExtensibleURIConverterImpl;
import org.eclipse.xtext.util.LazyStringInputStream;

/**
 * Loads report files as UTF-8 (a byte order mark dropped) whatever the platform encoding, also when a
 * resource set loads last year's report on demand.
 */
final class Utf8FileConverter extends ExtensibleURIConverterImpl {

	@Override
	public InputStream createInputStream(URI uri, Map<?, ?> options) throws IOException {
		if (uri.isFile()) {
			byte[] bytes = Files.readAllBytes(Path.of(uri.toFileString()));
			return new LazyStringInputStream(Utf8.decodeLeniently(bytes), "UTF-8");
		}
		return super.createInputStream(uri, options);
	}
}
