package org.gongkai.language.ui;

import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.gongkai.language.ide.GongkaiIdeSetup;

import com.google.inject.Injector;

/**
 * The language inside Eclipse: one injector of the runtime and IDE modules, the same services the language server
 * uses (validator, completion, hover, outline names, formatter), all in-process.
 */
public final class GongkaiLanguage {

	public static final String EXTENSION = "gongkai";

	private static volatile Injector injector;

	public static Injector injector() {
		Injector result = injector;
		if (result == null) {
			synchronized (GongkaiLanguage.class) {
				result = injector;
				if (result == null) {
					injector = result = new GongkaiIdeSetup().createInjectorAndDoEMFRegistration();
				}
			}
		}
		return result;
	}

	/** A report parsed from a text on its own, outside the workspace (no last year's report). */
	public static XtextResource parse(String text) {
		XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("text:/report." + EXTENSION));
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	private GongkaiLanguage() {
	}
}
