package org.gongkai.language;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.generator.IShouldGenerate;
import org.eclipse.xtext.validation.CompositeEValidator;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.eclipse.xtext.resource.IFragmentProvider;
import org.eclipse.xtext.resource.IResourceDescription;
import org.gongkai.language.conversion.GongkaiValueConverters;
import org.gongkai.language.generator.NoGenerationOnBuild;
import org.gongkai.language.parser.GongkaiSyntaxErrors;
import org.gongkai.language.parser.LineEndParser;
import org.gongkai.language.resource.GongkaiResourceDescriptionManager;
import org.gongkai.language.resource.GongkaiResourceDescriptionStrategy;
import org.gongkai.language.resource.IndexedFragmentProvider;
import org.gongkai.language.scoping.GongkaiLinkingDiagnostics;
import org.gongkai.language.validation.ReportDiagnostician;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** The language's services, beyond what the grammar generates. */
public class GongkaiRuntimeModule extends AbstractGongkaiRuntimeModule {

	/**
	 * EMF's generic constraints (multiplicities, resolved proxies) say nothing the grammar and the rules do not;
	 * skipping them saves a tenth of the validation time of a batch.
	 */
	public void configureUseEObjectValidator(Binder binder) {
		binder.bind(Boolean.class).annotatedWith(Names.named(CompositeEValidator.USE_EOBJECT_VALIDATOR)).toInstance(false);
	}

	@Override
	public Class<? extends Diagnostician> bindDiagnostician() {
		return ReportDiagnostician.class;
	}

	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return GongkaiValueConverters.class;
	}

	@Override
	public Class<? extends IParser> bindIParser() {
		return LineEndParser.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return GongkaiSyntaxErrors.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return GongkaiResourceDescriptionStrategy.class;
	}

	public Class<? extends IResourceDescription.Manager> bindIResourceDescription$Manager() {
		return GongkaiResourceDescriptionManager.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProviderExtended() {
		return GongkaiLinkingDiagnostics.class;
	}

	public Class<? extends IFragmentProvider> bindIFragmentProvider() {
		return IndexedFragmentProvider.class;
	}

	public Class<? extends IShouldGenerate> bindIShouldGenerate() {
		return NoGenerationOnBuild.class;
	}
}
