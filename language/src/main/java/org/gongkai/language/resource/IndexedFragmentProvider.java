package org.gongkai.language.resource;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;

import com.google.inject.Inject;

/**
 * EMF's URI fragments ({@code //@sections.2/@table/@columns.0/@cells.4711}), the same as EMF writes them, without
 * EMF's cost: EMF finds an object's place in its list with {@code indexOf}, and Xtext asks the fragment of every
 * diagnostic's object, so a table with thousands of wrong cells took time quadratic in them. Places in long lists
 * are looked up in a table built once per version of the resource.
 */
public class IndexedFragmentProvider implements IFragmentProvider {

	/** Below this length indexOf is cheaper than the table. */
	private static final int LONG_LIST = 64;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
		return fallback.getEObject(fragment);
	}

	@Override
	public String getFragment(EObject object, Fallback fallback) {
		Resource resource = object.eResource();
		if (resource == null || object.eContainer() == null) {
			return fallback.getFragment(object);
		}
		StringBuilder path = new StringBuilder();
		EObject current = object;
		while (current.eContainer() != null) {
			path.insert(0, '/' + segment(resource, current));
			current = current.eContainer();
		}
		List<EObject> roots = resource.getContents();
		String root = roots.size() > 1 ? Integer.toString(roots.indexOf(current)) : "";
		return "/" + root + path;
	}

	private String segment(Resource resource, EObject object) {
		EReference feature = object.eContainmentFeature();
		if (!feature.isMany()) {
			return ((InternalEObject) object.eContainer()).eURIFragmentSegment(feature, object);
		}
		List<?> list = (List<?>) object.eContainer().eGet(feature, false);
		int index = list.size() < LONG_LIST ? list.indexOf(object) : places(resource).get(object);
		return "@" + feature.getName() + "." + index;
	}

	/** Every object's place in its containing list, for the whole resource. */
	private Map<EObject, Integer> places(Resource resource) {
		return cache.get(Tuples.create(IndexedFragmentProvider.class, "places"), resource, () -> {
			Map<EObject, Integer> places = new IdentityHashMap<>();
			resource.getAllContents().forEachRemaining(o -> {
				for (EReference containment : o.eClass().getEAllContainments()) {
					if (containment.isMany()) {
						List<?> children = (List<?>) o.eGet(containment, false);
						for (int i = 0; i < children.size(); i++) {
							places.put((EObject) children.get(i), i);
						}
					}
				}
			});
			return places;
		});
	}
}
