package org.gongkai.language.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.gongkai.language.generator.XmlChars;
import org.gongkai.language.gongkai.GongkaiPackage;
import org.gongkai.language.gongkai.Header;
import org.gongkai.language.gongkai.Report;
import org.gongkai.language.report.ReportView;
import org.gongkai.language.report.TextReference;
import org.gongkai.language.report.Texts;
import org.gongkai.language.template.Placeholder;

/**
 * Rules on texts: placeholders left in, references that name no cell, counts the tables contradict, characters no
 * document may hold, texts opened with “.
 */
public class TextRules extends ReportRules {

	@Check
	public void textPlaceholder(Report report) {
		view(report).texts().values().stream().filter(t -> t.written().contains(Placeholder.TEXT))
				.forEach(t -> warning("这里还是占位文字" + Placeholder.TEXT + "，请写上实际内容", t.owner(), t.feature(),
						IssueCodes.TEXT_PLACEHOLDER));
	}

	@Check
	public void textReference(Report report) {
		ReportView view = view(report);
		for (TextScan.Text text : scan(report).texts()) {
			if (text.source().indexOf("${") < 0) {
				continue;
			}
			for (TextReference ref : Texts.references(text.source())) {
				if (!ref.closed()) {
					acceptError("「${」没有对应的「}」：引用应写成 ${部分.栏.项}，如 ${apply.new}；要写字面的 ${ 请写 $${",
							text.view().owner(), text.offset(ref.start()), ref.end() - ref.start(), IssueCodes.TEXT_REFERENCE);
				} else if (!view.resolves(ref.path())) {
					acceptError(String.format("「${%s}」不指向任何数字：引用应写成 ${部分.栏.项}，如 ${apply.natural.new}、${active.licensing.decisions}",
							ref.path()), text.view().owner(), text.offset(ref.start()), ref.end() - ref.start(), IssueCodes.TEXT_REFERENCE);
				}
			}
		}
	}

	@Check
	public void textNumber(Report report) {
		ReportView view = view(report);
		for (TextScan.Text text : scan(report).texts()) {
			for (TextNumbers.Claim claim : TextNumbers.in(text, view)) {
				if (claim.contradicts()) {
					acceptWarning(String.format("正文与表格不符：这里写的是 %s 件，但表格中%s为 %s", Numbers.plain(claim.stated()),
							claim.label(), Numbers.plain(claim.table())), text.view().owner(), text.offset(claim.offset()),
							claim.length(), IssueCodes.TEXT_NUMBER, claim.path().stream().toArray(String[]::new));
				}
			}
		}
	}

	@Check
	public void textReviewClaim(Report report) {
		ReportView view = view(report);
		for (TextScan.Text text : scan(report).texts()) {
			for (ReviewClaims.Claim claim : ReviewClaims.in(text, view)) {
				acceptWarning(claim.message(), text.view().owner(), text.offset(claim.offset()), claim.length(),
						IssueCodes.TEXT_REVIEW_CLAIM);
			}
		}
	}

	/**
	 * A string holding a character XML does not allow (NUL, another control character, U+FFFE/U+FFFF, a lone
	 * surrogate), mostly from copy and paste: Word refuses a document that holds one. One error per string, on its
	 * first such character. Comments are not printed and are left alone.
	 */
	@Check
	public void textCharacter(Report report) {
		for (TextScan.Disallowed found : scan(report).disallowed()) {
			String text = found.leaf().getText();
			int c = text.codePointAt(found.at());
			long count = text.codePoints().filter(p -> !XmlChars.allowed(p)).count();
			EObject owner = NodeModelUtils.findActualSemanticObjectFor(found.leaf());
			acceptError(String.format("%s中有不可用的字符 %s%s：Word 无法打开含有它的文档，请删除（多为复制粘贴带入）",
					TextCharacters.place(owner), TextCharacters.name(c), count > 1 ? " 等 " + count + " 处" : ""), owner,
					found.leaf().getOffset() + found.at(), Character.charCount(c), IssueCodes.TEXT_CHARACTER);
		}
	}

	@Check
	public void curlyQuotes(Report report) {
		for (Header header : report.getHeaders()) {
			if (header.getText() != null) {
				curlyQuotes(header, GongkaiPackage.Literals.HEADER__TEXT, Sources.node(header, GongkaiPackage.Literals.HEADER__TEXT));
			}
		}
		for (TextScan.Text text : scan(report).texts()) {
			if (!(text.view().owner() instanceof Header)) {
				curlyQuotes(text.view().owner(), text.view().feature(), text.node());
			}
		}
	}

	/** A text opened with “: its node's first character after the hidden tokens before the string, read in the document. */
	private void curlyQuotes(EObject owner, EStructuralFeature feature, INode node) {
		if (node == null) {
			return;
		}
		String document = node.getRootNode().getText();
		int first = node.getTotalOffset();
		while (first < node.getTotalEndOffset() && Character.isWhitespace(document.charAt(first))) {
			first++;
		}
		if (first < node.getTotalEndOffset() && document.charAt(first) == '“') {
			error("文字须用英文双引号 \" 括起，不能用中文引号 “ ”", owner, feature, IssueCodes.SYNTAX);
		}
	}
}
