package org.gongkai.language;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.resource.IDefaultResourceDescriptionStrategy;
import org.gongkai.language.conversion.GongkaiValueConverters;
import org.gongkai.language.parser.GongkaiSyntaxErrors;
import org.gongkai.language.resource.GongkaiResourceDescriptionStrategy;
import org.gongkai.language.scoping.GongkaiLinkingDiagnostics;

/** The language's services, beyond what the grammar generates. */
public class GongkaiRuntimeModule extends AbstractGongkaiRuntimeModule {

	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return GongkaiValueConverters.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return GongkaiSyntaxErrors.class;
	}

	public Class<? extends IDefaultResourceDescriptionStrategy> bindIDefaultResourceDescriptionStrategy() {
		return GongkaiResourceDescriptionStrategy.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider.Extended> bindILinkingDiagnosticMessageProviderExtended() {
		return GongkaiLinkingDiagnostics.class;
	}
}
