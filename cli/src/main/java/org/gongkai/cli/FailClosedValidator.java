package org.gongkai.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxEValidator;

/**
 * Xtext's resource validator, except that what fails inside it fails the validation: Xtext logs the exception and
 * returns the issues found so far, which may be none, and a broken report would pass as "0 errors".
 */
public class FailClosedValidator extends ResourceValidatorImpl {

	/** Validation of a resource did not complete; its issues cannot be trusted. */
	public static final class Incomplete extends RuntimeException {
		private static final long serialVersionUID = 1L;

		Incomplete(Throwable cause) {
			super(cause);
		}
	}

	private final ThreadLocal<RuntimeException> failure = new ThreadLocal<>();

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator cancel) {
		failure.remove();
		try {
			List<Issue> issues = super.validate(resource, mode, cancel);
			if (failure.get() != null) {
				throw new Incomplete(failure.get());
			}
			return issues;
		} finally {
			failure.remove();
		}
	}

	@Override
	protected void collectResourceDiagnostics(Resource resource, CancelIndicator cancel, IAcceptor<Issue> acceptor) {
		try {
			super.collectResourceDiagnostics(resource, cancel, acceptor);
		} catch (RuntimeException e) {
			failure.set(e);
			throw e;
		}
	}

	/** Xtext's own, without the catch that logs an exception of the rules and goes on. */
	@Override
	protected void validate(Resource resource, EObject element, CheckMode mode, CancelIndicator cancel,
			IAcceptor<Issue> acceptor) {
		Map<Object, Object> context = new HashMap<>();
		context.put(CheckMode.KEY, mode);
		context.put(CancelableDiagnostician.CANCEL_INDICATOR, cancel);
		context.put(ConcreteSyntaxEValidator.DISABLE_CONCRETE_SYNTAX_EVALIDATOR, Boolean.TRUE);
		context.put(EValidator.class, getDiagnostician());
		if (resource instanceof XtextResource xtext) {
			context.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, xtext.getLanguageName());
		}
		try {
			Diagnostic diagnostic = getDiagnostician().validate(element, context);
			if (diagnostic.getChildren().isEmpty()) {
				issueFromEValidatorDiagnostic(diagnostic, acceptor);
			} else {
				diagnostic.getChildren().forEach(child -> issueFromEValidatorDiagnostic(child, acceptor));
			}
		} catch (RuntimeException e) {
			getOperationCanceledManager().propagateAsErrorIfCancelException(e);
			failure.set(e);
			throw e;
		}
	}
}
