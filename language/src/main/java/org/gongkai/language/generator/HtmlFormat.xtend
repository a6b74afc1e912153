package org.gongkai.language.generator

import java.nio.charset.StandardCharsets
import org.eclipse.xtend2.lib.StringConcatenation
import org.gongkai.language.generator.ReportTexts.Part
import org.gongkai.language.report.ReportView

import static org.gongkai.language.generator.ReportTexts.*

import static extension org.gongkai.language.generator.Html.*

/**
 * {@code html}: the report as one self-contained page a government website can publish as is — inline style, no
 * script, nothing fetched. Every text is escaped; the website is linked only when it is an http(s) address. The
 * generator meta tag marks the file as Gongkai's (the command line overwrites only such files).
 */
class HtmlFormat implements DocumentFormat {

	override name() {
		'html'
	}

	override render(ReportView view) {
		val page = new StringConcatenation('\n')
		page.append(page(view))
		page.toString.getBytes(StandardCharsets.UTF_8)
	}

	def private page(ReportView view) {
		val website = WebLink.of(view)
		'''
			<!DOCTYPE html>
			<html lang="zh-CN">
			<head>
			<meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<meta name="generator" content="Gongkai">
			<title>«title(view).escape»</title>
			<style>
			«HtmlStyle.CSS»
			</style>
			</head>
			<body>
			<main>
			<h1>«title(view).escape»</h1>
			«FOR paragraph : opening(view)»
				<p>«paragraph.paragraph(website)»</p>
			«ENDFOR»
			«FOR part : parts(view)»
				«section(part, view, website)»
			«ENDFOR»
			<div class="signature">
			<p>«signature(view).escape»</p>
			«IF date(view).present»
				<p>«date(view).get.escape»</p>
			«ENDIF»
			</div>
			</main>
			</body>
			</html>
		'''
	}

	/** A part: its heading, any paragraphs, the topics of part 一 under their sub-headings, the table of parts 二–四. */
	def private section(Part part, ReportView view, WebLink website) '''
		<section id="«part.template.keyword.escape»">
		<h2>«part.heading.escape»</h2>
		«FOR paragraph : part.paragraphs»
			<p>«paragraph.paragraph(website)»</p>
		«ENDFOR»
		«FOR topic : part.topics»
			<h3>«topic.heading.escape»</h3>
			«FOR paragraph : topic.paragraphs»
				<p>«paragraph.paragraph(website)»</p>
			«ENDFOR»
		«ENDFOR»
		«IF part.isTable»
			<div class="table">
			«HtmlTables.table(Grids.of(view.table(part.template.keyword)))»
			</div>
		«ENDIF»
		</section>
	'''
}
