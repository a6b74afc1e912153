package org.gongkai.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.impl.DefaultResourceServiceProvider;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.serializer.impl.Serializer;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.OnChangeEvictingCache;
import org.eclipse.xtext.util.ReplaceRegion;
import org.eclipse.xtext.validation.IConcreteSyntaxValidator;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxValidator;
import org.gongkai.language.GongkaiRuntimeModule;
import org.gongkai.language.GongkaiStandaloneSetup;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Inject;
import com.google.inject.Injector;
import com.google.inject.Provider;
import com.google.inject.Singleton;
import com.google.inject.util.Modules;

/**
 * The language as the command line uses it. Xtext makes each resource with a serializer and a concrete-syntax validator
 * of its own (some sixty objects injected field by field, by reflection since the command line runs Guice without
 * class generation) and a resource service provider of its own, though a report the commands read is never saved:
 * here the serializer and the validator are made when first used, and the service provider is the one the registry
 * holds. A batch then makes a resource in a third of the time. The commands never change a report they read: its
 * cached values listen to the resource alone ({@link ReadOnlyResourceCache}).
 */
final class CommandLineSetup extends GongkaiStandaloneSetup {

	/** The injector of the commands, registered for EMF as {@link #createInjectorAndDoEMFRegistration()} does. */
	static Injector injector() {
		return new CommandLineSetup().createInjectorAndDoEMFRegistration();
	}

	@Override
	public Injector createInjector() {
		return Guice.createInjector(Modules.override(new GongkaiRuntimeModule()).with(new AbstractModule() {
			@Override
			protected void configure() {
				bind(ISerializer.class).to(LazySerializer.class);
				bind(IConcreteSyntaxValidator.class).to(LazySyntaxValidator.class);
				bind(IResourceServiceProvider.class).to(DefaultResourceServiceProvider.class).in(Singleton.class);
				bind(OnChangeEvictingCache.class).to(ReadOnlyResourceCache.class);
				bind(IResourceScopeCache.class).to(ReadOnlyResourceCache.class);
			}
		}));
	}

	/** Xtext's serializer, made on its first use. */
	static final class LazySerializer implements ISerializer {

		private final Supplier<ISerializer> serializer;

		@Inject
		LazySerializer(Provider<Serializer> serializers) {
			serializer = Suppliers.memoize(serializers::get);
		}

		@Override
		public String serialize(EObject obj) {
			return serializer.get().serialize(obj);
		}

		@Override
		public String serialize(EObject obj, SaveOptions options) {
			return serializer.get().serialize(obj, options);
		}

		@Override
		public void serialize(EObject obj, Writer writer, SaveOptions options) throws IOException {
			serializer.get().serialize(obj, writer, options);
		}

		@Override
		public ReplaceRegion serializeReplacement(EObject obj, SaveOptions options) {
			return serializer.get().serializeReplacement(obj, options);
		}
	}

	/** Xtext's concrete-syntax validator, made on its first use. */
	static final class LazySyntaxValidator implements IConcreteSyntaxValidator {

		private final Supplier<IConcreteSyntaxValidator> validator;

		@Inject
		LazySyntaxValidator(Provider<ConcreteSyntaxValidator> validators) {
			validator = Suppliers.memoize(validators::get);
		}

		@Override
		public boolean validateObject(EObject obj, IDiagnosticAcceptor acceptor, Map<Object, Object> context) {
			return validator.get().validateObject(obj, acceptor, context);
		}

		@Override
		public boolean validateRecursive(EObject obj, IDiagnosticAcceptor acceptor, Map<Object, Object> context) {
			return validator.get().validateRecursive(obj, acceptor, context);
		}
	}
}
