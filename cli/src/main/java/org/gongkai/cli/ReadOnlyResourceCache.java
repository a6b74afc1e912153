package org.gongkai.cli;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import com.google.inject.Singleton;

/**
 * Xtext's cache of what is worked out from a resource (its scopes, its report view), for resources nobody changes: a
 * command reads a report and never edits its objects. Xtext's cache listens to every object of the resource, to
 * forget its values when any of them changes, and attaches itself to each (3 % of a batch's time); this one listens
 * to the resource alone, and forgets when the resource's contents are replaced or unloaded.
 */
@Singleton
final class ReadOnlyResourceCache extends OnChangeEvictingCache {

	@Override
	protected CacheAdapter createCacheAdapter() {
		return new ResourceOnlyAdapter();
	}

	private static final class ResourceOnlyAdapter extends CacheAdapter {

		@Override
		protected void setTarget(Resource target) {
			basicSetTarget(target);
		}

		@Override
		protected void unsetTarget(Resource target) {
			basicUnsetTarget(target);
		}

		/** Not attached to the new contents of the resource: a replaced tree is a change of the resource itself. */
		@Override
		protected void selfAdapt(Notification notification) {
		}
	}
}
