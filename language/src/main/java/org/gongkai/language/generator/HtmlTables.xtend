package org.gongkai.language.generator

import java.util.List
import org.gongkai.language.generator.GridCell.Kind
import org.gongkai.language.report.CellState

import static extension org.gongkai.language.generator.Html.*

/**
 * A table's {@link Grid} as an HTML table, cell by cell as laid out (spans and kinds included, nothing re-derived).
 * Captions and column headers are {@code <th>}, row labels and numbers {@code <td>}; a span is written only when it
 * is more than 1. Used by the html format and, since Markdown tables cannot merge cells, by the md format.
 */
class HtmlTables {

	def static CharSequence table(Grid grid) '''
		<table>
		«IF grid.headerRows > 0»
		<thead>
		«FOR row : grid.rows.subList(0, grid.headerRows)»
			«row(row)»
		«ENDFOR»
		</thead>
		«ENDIF»
		<tbody>
		«FOR row : grid.rows.subList(grid.headerRows, grid.rows.size)»
			«row(row)»
		«ENDFOR»
		</tbody>
		</table>
	'''

	def private static row(List<GridCell> cells) '''
		<tr>
		  «FOR cell : cells»
		  «cell(cell)»
		  «ENDFOR»
		</tr>
	'''

	def private static cell(GridCell cell) {
		val tag = if (cell.kind == Kind.CAPTION || cell.kind == Kind.HEADER) 'th' else 'td'
		'''<«tag»«span('rowspan', cell.rowSpan)»«span('colspan', cell.colSpan)»«cssClass(cell)»>«cell.text.escape»</«tag»>'''
	}

	def private static span(String attribute, int span) {
		if (span > 1) ''' «attribute»="«span»"''' else ''
	}

	def private static cssClass(GridCell cell) {
		switch cell.kind {
			case CAPTION: ' class="caption"'
			case LABEL: ' class="label"'
			case VALUE: if (cell.value.state == CellState.COMPUTED) ' class="value computed"' else ' class="value"'
			default: ''
		}
	}
}
