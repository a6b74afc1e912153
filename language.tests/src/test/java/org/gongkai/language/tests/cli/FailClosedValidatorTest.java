package org.gongkai.language.tests.cli;

import static org.gongkai.language.tests.cli.CliReports.JIA_2023;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.gongkai.cli.FailClosedValidator;
import org.gongkai.language.GongkaiStandaloneSetup;
import org.junit.jupiter.api.Test;

import com.google.inject.Injector;

/** What fails inside validation fails it, instead of passing as "0 errors" (issue 10 #3). */
class FailClosedValidatorTest {

	private final Injector injector = new GongkaiStandaloneSetup().createInjectorAndDoEMFRegistration();

	@Test
	void aDiagnosticThatCannotBeConvertedFailsTheValidation() throws IOException {
		Resource resource = load(JIA_2023);
		resource.getErrors().add(new Resource.Diagnostic() {
			@Override
			public String getMessage() {
				return "语法错误";
			}

			@Override
			public String getLocation() {
				return null;
			}

			@Override
			public int getLine() {
				throw new StringIndexOutOfBoundsException(13);
			}

			@Override
			public int getColumn() {
				throw new StringIndexOutOfBoundsException(13);
			}
		});
		FailClosedValidator validator = injector.getInstance(FailClosedValidator.class);
		assertThrows(FailClosedValidator.Incomplete.class, () -> validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl));
	}

	private Resource load(String text) throws IOException {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		Resource resource = resourceSet.createResource(URI.createURI("memory:/甲2023.gongkai"));
		resource.load(new LazyStringInputStream(text, "UTF-8"), null);
		return resource;
	}
}
