package org.gongkai.language.tests.resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.gongkai.language.tests.GongkaiInjectorProvider;
import org.gongkai.language.tests.Reports;
import org.gongkai.language.tests.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Every object's URI fragment is the one EMF writes, in short lists and in long ones, and leads back to the object. */
@ExtendWith(InjectionExtension.class)
@InjectWith(GongkaiInjectorProvider.class)
class FragmentsTest {

	@Inject
	private Validation validation;

	@Test
	void fragmentsAreEmfsOwn() {
		String cells = "new 1, ".repeat(200) + "new 1";
		Resource resource = validation.validate(Reports.report().apply("section apply < natural: " + cells + ", other-handling 1 >").text())
				.resource();
		int checked = 0;
		for (EObject object : (Iterable<EObject>) resource::getAllContents) {
			if (object.eContainer() != null) {
				String fragment = resource.getURIFragment(object);
				assertEquals("//" + EcoreUtil.getRelativeURIFragmentPath(null, object), fragment);
				assertSame(object, resource.getEObject(fragment));
				checked++;
			}
		}
		assertTrue(checked > 200, "the cells of a long list");
	}
}
