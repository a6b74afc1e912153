package org.gongkai.language.report;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/** A text of the report: what was written (after unescaping), its paragraphs with references resolved, and where it is. */
public record TextView(String written, List<String> paragraphs, EObject owner, EStructuralFeature feature) {
}
