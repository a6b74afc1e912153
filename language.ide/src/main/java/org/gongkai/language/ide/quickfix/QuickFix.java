package org.gongkai.language.ide.quickfix;

import java.util.List;

/**
 * A fix for one diagnostic: what it does, in Chinese, and the edits that do it, on the text the diagnostic was
 * found in (non-overlapping, offsets of that text). Editors adapt it: the language server to a code action, the
 * Eclipse plug-in to a marker resolution.
 */
public record QuickFix(String label, List<TextEdit> edits) {
}
