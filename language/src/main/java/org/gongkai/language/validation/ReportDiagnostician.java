package org.gongkai.language.validation;

import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.ComposedChecks;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician, with two shortcuts for a report's many objects:
 * <ul>
 * <li>the diagnostic at the root of a validation does not name the object by EMF's identification (its class, its
 * identity hash and its URI with a fragment, which EMF's URI pool queues for a background thread): it was a report's
 * costliest step of the checks. That diagnostic only gathers the rules' diagnostics; its own message reaches no issue
 * (its severity is OK, which Xtext's converter drops);</li>
 * <li>the walk does not go down into objects no rule is declared on, nor can hold one (a table's cells: the cell rules
 * read a column's cells at once). Xtext's walk visits every object and looks up the rules for each.</li>
 * </ul>
 */
public class ReportDiagnostician extends CancelableDiagnostician {

	/** The classes the rules are declared on: the parameters of the {@code @Check} methods. */
	private static final Set<Class<?>> CHECKED = checkedClasses(GongkaiValidator.class, new HashSet<>());

	private final Map<EClass, Boolean> holdsChecked = new ConcurrentHashMap<>();

	@Inject
	public ReportDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	public BasicDiagnostic createDefaultDiagnostic(EObject eObject) {
		return new BasicDiagnostic(EObjectValidator.DIAGNOSTIC_SOURCE, 0, "Diagnosis of " + eObject.eClass().getName(),
				new Object[] { eObject });
	}

	@Override
	protected boolean doValidateContents(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return !holdsChecked.computeIfAbsent(eObject.eClass(), c -> mayHold(c, new HashSet<>()))
				|| super.doValidateContents(eObject, diagnostics, context);
	}

	/** Whether an object of this class may contain, at any depth, an object some rule is declared on. */
	private static boolean mayHold(EClass container, Set<EClass> seen) {
		if (!seen.add(container)) {
			return false;
		}
		for (EReference containment : container.getEAllContainments()) {
			EClass type = containment.getEReferenceType();
			if (isChecked(type) || mayHold(type, seen)) {
				return true;
			}
		}
		return false;
	}

	/** A class a rule is declared on, its superclass, or one of its subclasses (a reference of a type may hold either). */
	static boolean isChecked(EClass type) {
		Class<?> instances = type.getInstanceClass();
		return instances == null || CHECKED.stream().anyMatch(c -> c.isAssignableFrom(instances) || instances.isAssignableFrom(c));
	}

	private static Set<Class<?>> checkedClasses(Class<?> validator, Set<Class<?>> into) {
		for (Class<?> c = validator; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Method method : c.getDeclaredMethods()) {
				if (method.isAnnotationPresent(Check.class) && method.getParameterCount() == 1) {
					into.add(method.getParameterTypes()[0]);
				}
			}
			ComposedChecks composed = c.getAnnotation(ComposedChecks.class);
			if (composed != null) {
				for (Class<?> part : composed.validators()) {
					checkedClasses(part, into);
				}
			}
		}
		return into;
	}
}
