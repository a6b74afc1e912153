package org.gongkai.language.validation;

import org.eclipse.emf.ecore.EObject;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.gongkai.Section;
import org.gongkai.language.gongkai.Topic;

/** Where a string stands, in the writer's spelling, for the messages of {@code text.character}. */
final class TextCharacters {

	static String place(EObject owner) {
		if (owner instanceof Header header) {
			return "「" + Sources.text(header, GongkaiPackage.Literals.HEADER__KEY) + "」";
		}
		if (owner instanceof Topic topic) {
			return "「" + Sources.text(topic, GongkaiPackage.Literals.TOPIC__KEY) + "」";
		}
		if (owner instanceof Section section) {
			return "「" + Sources.text(section, GongkaiPackage.Literals.SECTION__PART) + "」";
		}
		if (owner instanceof Cell cell && cell.eContainer() instanceof Column column) {
			return "「" + Sources.text(column, GongkaiPackage.Literals.COLUMN__KEY) + "」的「"
					+ Sources.text(cell, GongkaiPackage.Literals.CELL__KEY) + "」的注释";
		}
		if (owner instanceof Report) {
			return "报告名称";
		}
		return "上年报告名称";
	}

	/** U+0000, U+FFFE, U+D800 (a surrogate without its pair). */
	static String name(int codePoint) {
		String hex = String.format("U+%04X", codePoint);
		return codePoint <= 0xFFFF && Character.isSurrogate((char) codePoint) ? hex + "（不成对的代理项）" : hex;
	}

	private TextCharacters() {
	}
}
