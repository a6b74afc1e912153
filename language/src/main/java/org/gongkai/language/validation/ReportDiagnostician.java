package org.gongkai.language.validation;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician, except that the diagnostic at the root of a validation does not name the object by EMF's
 * identification (its class, its identity hash and its URI with a fragment, which EMF's URI pool queues for a
 * background thread): it was a report's costliest step of the checks. That diagnostic only gathers the rules'
 * diagnostics; its own message reaches no issue (its severity is OK, which Xtext's converter drops).
 */
public class ReportDiagnostician extends CancelableDiagnostician {

	@Inject
	public ReportDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	public BasicDiagnostic createDefaultDiagnostic(EObject eObject) {
		return new BasicDiagnostic(EObjectValidator.DIAGNOSTIC_SOURCE, 0, "Diagnosis of " + eObject.eClass().getName(),
				new Object[] { eObject });
	}
}
