package org.gongkai.language.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/** Every rule of LANGUAGE.md §5, one {@code @Check} per rule code, grouped by what they read. */
@ComposedChecks(validators = { HeaderRules.class, SectionRules.class, CellRules.class, ArithmeticRules.class,
		TextRules.class, AssessorRules.class, PreviousYearRules.class, WorkspaceRules.class })
public class GongkaiValidator extends AbstractGongkaiValidator {
}
