package org.gongkai.language.generator

import java.nio.charset.StandardCharsets
import org.eclipse.xtend2.lib.StringConcatenation
import org.gongkai.language.generator.ReportTexts.Part
import org.gongkai.language.report.ReportView

import static org.gongkai.language.generator.ReportTexts.*

import static extension org.gongkai.language.generator.Markdown.*

/**
 * {@code md}: the report as Markdown for content systems. Headings and paragraphs are Markdown, every text escaped
 * for it; the tables are HTML blocks (escaped as HTML), because Markdown tables cannot merge cells. An HTML block
 * ends at a blank line, and the tables hold none. The first line, an HTML comment no reader sees, marks the file as
 * Gongkai's (the command line overwrites only such files).
 */
class MarkdownFormat implements DocumentFormat {

	override name() {
		'md'
	}

	override render(ReportView view) {
		val document = new StringConcatenation('\n')
		document.append(document(view))
		document.toString.getBytes(StandardCharsets.UTF_8)
	}

	def private document(ReportView view) {
		val website = WebLink.of(view)
		'''
			<!-- generator: Gongkai -->

			# «title(view).escape»

			«FOR paragraph : opening(view)»
				«paragraph.paragraph(website)»

			«ENDFOR»
			«FOR part : parts(view)»
				«section(part, view, website)»
			«ENDFOR»
			«signature(view).escape»
			«IF date(view).present»

				«date(view).get.escape»
			«ENDIF»
		'''
	}

	/** A part: its heading, any paragraphs, the topics of part 一 under their sub-headings, the table of parts 二–四. */
	def private section(Part part, ReportView view, WebLink website) '''
		## «part.heading.escape»

		«FOR paragraph : part.paragraphs»
			«paragraph.paragraph(website)»

		«ENDFOR»
		«FOR topic : part.topics»
			### «topic.heading.escape»

			«FOR paragraph : topic.paragraphs»
				«paragraph.paragraph(website)»

			«ENDFOR»
		«ENDFOR»
		«IF part.isTable»
			«HtmlTables.table(Grids.of(view.table(part.template.keyword)))»

		«ENDIF»
	'''
}
