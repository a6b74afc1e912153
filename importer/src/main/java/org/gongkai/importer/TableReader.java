package org.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.gongkai.language.template.Block;
import org.gongkai.language.template.Group;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.TableLayout;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.validation.TextNumbers.Statement;

/**
 * Reads one printed table through its template. Each printed row is found by its label, in the template's order and
 * never going back; its numbers are the values that follow the label up to the next label. Where a row prints more
 * numbers than it has cells, the reading the template's arithmetic confirms is taken; rows whose labels are lost get
 * the unlabelled numbers in the template's order when their count fits. Every such cell is noted as a doubt; numbers
 * that fit no reading are left out, never guessed. A table a crawler flattened into runs of digits is read by
 * {@link DigitSplits}.
 */
final class TableReader {

	/** A printed row: the item that labels it and the items its numbers go to, in print order. */
	private record Line(Item anchor, List<Item> fields, boolean anchorIsColumn) {

		Item column(Item field) {
			return anchorIsColumn ? anchor : field;
		}

		Item row(Item field) {
			return anchorIsColumn ? field : anchor;
		}
	}

	private static final Pattern NUMBERING_ONLY = Pattern.compile(Normal.NUMBERING_FORMS);

	private final TableTemplate template;
	private final List<Token> tokens;
	private final List<Statement> stated;
	private final ImportedTable table;
	/** The keys of the groups' labels that label no row themselves; made when first asked for. */
	private Set<String> groupsOnly;
	/** The rows (or part 二's items) whose labels were found. */
	private final Set<Item> labelled = Collections.newSetFromMap(new IdentityHashMap<>());

	private TableReader(TableTemplate template, List<Token> tokens, List<Statement> stated) {
		this.template = template;
		this.tokens = tokens;
		this.stated = stated;
		this.table = new ImportedTable(template);
	}

	/** {@code stated}: the counts the report's text states of this table's cells, for digits that split several ways. */
	static ImportedTable read(TableTemplate template, List<Token> tokens, List<Statement> stated) {
		TableReader reader = new TableReader(template, tokens, stated);
		if (template.layout() == TableLayout.ROW) {
			reader.readRow();
		} else {
			reader.readLines(lines(template));
		}
		reader.leftOver();
		return reader.table;
	}

	/**
	 * Cells of a row whose label was found but that no reading reached (their numbers are not where rows are looked
	 * for: a PDF's text that runs column by column): said to be left out, so that no reader takes an unwritten cell for
	 * a printed 0. A row whose label is not printed either stays unwritten, as the report left it out, unless the
	 * table's numbers are not beside its labels at all.
	 */
	private void leftOver() {
		if (tokens.isEmpty() || table.size() == cellCount()) {
			return;
		}
		Set<Place> unread = table.unread().keySet();
		if (template.layout() == TableLayout.ROW) {
			// part 四's one row: read whole or said to be left out by readRow; words alone print no table (未发生…案件)
			return;
		}
		List<Line> lines = lines(template);
		List<Line> found = lines.stream().filter(line -> labelled.contains(line.anchor())).toList();
		// template items are single instances: identity is their equality, and far cheaper than a record's hash
		Map<Line, List<Item>> missed = new IdentityHashMap<>();
		lines.forEach(line -> missed.put(line, missed(line, unread)));
		long bare = found.stream().filter(line -> missed.get(line).size() == line.fields().size()).count();
		if (bare > 0 && bare * 2 >= found.size()) {
			// most rows found without numbers: the numbers run column by column (a PDF's text in reading order), and those
			// that did follow a label may be another row's
			String reason = "表格的数不在各行标签之后（如按栏复制出的 PDF 文字），无从对应到行";
			table.withdraw(reason);
			int read = template.layout() == TableLayout.BLOCKS ? readUnderCaptions() : 0;
			table.doubt(doubtColumn(lines.get(0)), "导入：" + reason + (read == 0 ? "，整表未导入" : "，只按各块的标题读出 " + read + " 格，其余未导入"),
					cellCount() - read);
			return;
		}
		// a row found with none of its numbers: the table's numbers are elsewhere, so no unwritten cell can be told unprinted
		boolean numbersElsewhere = bare > 0;
		for (Line line : lines) {
			if (!numbersElsewhere && !labelled.contains(line.anchor())) {
				continue;
			}
			List<Item> left = missed.get(line);
			if (!left.isEmpty()) {
				String reason = "未读到「" + line.anchor().fullLabel() + "」一行" + (left.size() < line.fields().size() ? "的 " + left.size() + " 格" : "的数");
				table.doubt(doubtColumn(line), "导入：" + reason + "，未导入", left.size());
				left.forEach(field -> table.unread(line.column(field), line.row(field), reason));
			}
		}
	}

	/**
	 * Part 二 copied in reading order, its items' labels apart from its numbers: a block whose caption is followed by its
	 * fields' labels and then by exactly as many numbers as it has cells is read item by item, when the order cannot
	 * matter — one item, one field, or the same cells read by items or by fields. How many cells were read.
	 */
	private int readUnderCaptions() {
		int read = 0;
		for (Block block : template.blocks()) {
			List<Item> items = block.columns();
			List<Item> fields = block.rows();
			int first = fieldsAfterCaption(block);
			int end = first;
			while (end >= 0 && end < tokens.size() && !tokens.get(end).isLabel()) {
				end++;
			}
			List<Token> values = first < 0 ? List.of() : tokens.subList(first, end);
			if (values.size() != items.size() * fields.size()
					|| items.size() > 1 && fields.size() > 1 && !sameEitherWay(values, items.size(), fields.size())) {
				continue;
			}
			for (int i = 0; i < items.size(); i++) {
				for (int f = 0; f < fields.size(); f++) {
					Token token = values.get(i * fields.size() + f);
					table.put(items.get(i), fields.get(f), token.isBlank() ? Value.BLANK : token.value());
				}
			}
			read += values.size();
		}
		return read;
	}

	/** Where the tokens after a block's caption and its fields' labels begin; -1 when the caption is not followed by them. */
	private int fieldsAfterCaption(Block block) {
		// folded, not keyed: the captions differ only in their numbering (第二十条第（五）项)
		String caption = Normal.folded(block.caption());
		for (int t = 0; t < tokens.size(); t++) {
			if (tokens.get(t).isLabel() && Normal.folded(tokens.get(t).text()).equals(caption)) {
				List<Item> fields = block.rows();
				for (int f = 0; f < fields.size(); f++) {
					int at = t + 1 + f;
					if (at >= tokens.size() || !tokens.get(at).isLabel() || Labels.score(tokens.get(at).text(), fields.get(f)) == 0) {
						return -1;
					}
				}
				return t + 1 + fields.size();
			}
		}
		return -1;
	}

	/** Whether a block's numbers give every cell the same whether they run item by item or field by field. */
	private static boolean sameEitherWay(List<Token> values, int items, int fields) {
		for (int i = 0; i < items; i++) {
			for (int f = 0; f < fields; f++) {
				if (!values.get(i * fields + f).text().equals(values.get(f * items + i).text())) {
					return false;
				}
			}
		}
		return true;
	}

	private static List<Line> lines(TableTemplate template) {
		List<Line> lines = new ArrayList<>();
		for (Block block : template.blocks()) {
			if (template.layout() == TableLayout.BLOCKS) {
				block.columns().forEach(column -> lines.add(new Line(column, block.rows(), true)));
			} else {
				block.rows().forEach(row -> lines.add(new Line(row, block.columns(), false)));
			}
		}
		return lines;
	}

	private void readLines(List<Line> lines) {
		int[] labelAt = anchors(scores(lines), lines.size());
		for (int i = 0; i < lines.size(); i++) {
			if (labelAt[i] >= 0) {
				labelled.add(lines.get(i).anchor());
			}
		}
		int[] end = new int[lines.size()];
		for (int i = 0; i < lines.size(); i++) {
			if (labelAt[i] >= 0) {
				end[i] = nextLabel(labelAt[i] + 1);
			}
		}
		if (tokens.stream().anyMatch(Token::isRun)) {
			readGlued(lines, labelAt);
			return;
		}
		int previousEnd = 0;
		List<Integer> run = new ArrayList<>();
		boolean[] beside = new boolean[tokens.size()];
		List<Line> printedEmpty = new ArrayList<>();
		for (int i = 0; i <= lines.size(); i++) {
			if (i < lines.size() && labelAt[i] < 0) {
				run.add(i);
				continue;
			}
			int stop = i < lines.size() ? labelAt[i] : tokens.size();
			if (!run.isEmpty()) {
				readUnlabelled(run.stream().map(lines::get).toList(), previousEnd, stop);
				Arrays.fill(beside, previousEnd, Math.max(previousEnd, stop), true);
				run.clear();
			}
			if (i < lines.size()) {
				List<Token> region = tokens.subList(labelAt[i] + 1, end[i]);
				readLabelled(lines.get(i), region);
				Arrays.fill(beside, labelAt[i] + 1, end[i], true);
				// words only (a wrapped label's end), no digit: a note wrapped in its cell (135（公共服务事 / 项）) is no label
				if (region.stream().allMatch(t -> t.isLabel() && t.text().chars().noneMatch(Character::isDigit))) {
					printedEmpty.add(lines.get(i));
				}
				previousEnd = end[i];
			}
		}
		blankRows(lines, printedEmpty, beside);
	}

	/**
	 * Rows printed with no number at all, in a table whose other rows were read whole from beside their labels: their
	 * cells were printed empty (empty cells leave no trace in a page's or a laid-out PDF's text). Not when a number of
	 * the table stands beside no label, a row was read only in part, or no row before them was read whole: then the
	 * numbers may run elsewhere (a PDF's text in reading order gives them all after the last label).
	 */
	private void blankRows(List<Line> lines, List<Line> printedEmpty, boolean[] beside) {
		if (printedEmpty.isEmpty()) {
			return;
		}
		for (int t = 0; t < tokens.size(); t++) {
			if (tokens.get(t).kind() == Token.Kind.VALUE && !beside[t]) {
				return;
			}
		}
		boolean readBefore = false;
		boolean emptyAfterRead = false;
		for (Line line : lines) {
			if (printedEmpty.contains(line)) {
				emptyAfterRead |= readBefore;
			} else if (labelled.contains(line.anchor())) {
				if (!isRead(line)) {
					return;
				}
				readBefore = true;
			}
		}
		if (!emptyAfterRead) {
			return;
		}
		for (Line line : printedEmpty) {
			line.fields().forEach(field -> table.put(line.column(field), line.row(field), Value.BLANK));
			table.doubt(doubtColumn(line), "导入：「" + line.anchor().fullLabel() + "」一行未印数，按空白（-）导入", line.fields().size());
		}
		// a row whose label was not made out may be one of these, printed empty, or hold a number: it is left out
		for (Line line : lines) {
			if (!labelled.contains(line.anchor()) && line.fields().stream().noneMatch(f -> table.isWritten(line.column(f), line.row(f)))) {
				String reason = "未认出「" + line.anchor().fullLabel() + "」的行标签";
				table.doubt(doubtColumn(line), "导入：" + reason + "，未导入", line.fields().size());
				unread(line, reason);
			}
		}
	}

	private boolean isRead(Line line) {
		return line.fields().stream().allMatch(field -> table.isWritten(line.column(field), line.row(field)));
	}

	/** The score of every label token against every line's anchor; null for values and blanks. */
	private int[][] scores(List<Line> lines) {
		int[][] scores = new int[tokens.size()][];
		boolean glued = tokens.stream().anyMatch(Token::isRun);
		Set<String> groups = groupKeys();
		for (int t = 0; t < tokens.size(); t++) {
			if (tokens.get(t).isLabel()) {
				scores[t] = new int[lines.size()];
				String key = Normal.key(tokens.get(t).text());
				// cut out of flattened text, a group's label (（六）其他处理 over its sub-rows) labels no row but one of that name,
				// unless one row's digits follow it, too few for two: the group printed as one row (（六）其他处理0000000),
				// which its last row holds
				boolean oneRow = t + 1 < tokens.size() && tokens.get(t + 1).isRun()
						&& tokens.get(t + 1).text().length() < 2 * template.columns().size();
				boolean group = glued && groups.contains(key) && !oneRow;
				for (int i = 0; i < lines.size(); i++) {
					boolean other = group && !Normal.key(lines.get(i).anchor().label()).equals(key);
					scores[t][i] = other ? 0 : Labels.scoreKey(key, lines.get(i).anchor());
				}
			}
		}
		return scores;
	}

	/**
	 * Each line's label token (-1: not found): the assignment, in order and never going back, whose scores add up to
	 * the most, so a header word (总计 over a column) cannot take a row's label from all the rows before it.
	 */
	private int[] anchors(int[][] scores, int lines) {
		int tokenCount = tokens.size();
		int[][] best = new int[lines + 1][tokenCount + 1];
		for (int i = lines - 1; i >= 0; i--) {
			for (int t = tokenCount - 1; t >= 0; t--) {
				int value = Math.max(best[i][t + 1], best[i + 1][t]);
				if (scores[t] != null && scores[t][i] > 0) {
					value = Math.max(value, scores[t][i] + best[i + 1][t + 1]);
				}
				best[i][t] = value;
			}
		}
		int[] labelAt = new int[lines];
		int i = 0;
		int t = 0;
		while (i < lines) {
			if (t >= tokenCount) {
				labelAt[i++] = -1;
			} else if (scores[t] != null && scores[t][i] > 0 && best[i][t] == scores[t][i] + best[i + 1][t + 1]) {
				labelAt[i++] = t++;
			} else if (best[i][t] == best[i][t + 1]) {
				t++;
			} else {
				labelAt[i++] = -1;
			}
		}
		return labelAt;
	}

	private int nextLabel(int from) {
		int at = from;
		while (at < tokens.size() && !tokens.get(at).isLabel()) {
			at++;
		}
		return at;
	}

	private void readLabelled(Line line, List<Token> region) {
		int k = line.fields().size();
		List<Token> fitted = fit(region, k);
		if (fitted != null) {
			put(line, fitted);
			return;
		}
		if (region.isEmpty()) {
			return;
		}
		String seen = printed(region);
		List<Token> confirmed = confirmed(line, region);
		Item at = doubtColumn(line);
		if (confirmed != null) {
			put(line, confirmed);
			table.doubt(at, "导入：「" + line.anchor().fullLabel() + "」一行印有 " + values(region) + " 个数（" + seen + "），取合乎总计的 " + k
					+ " 个", k);
		} else {
			table.doubt(at, "导入：「" + line.anchor().fullLabel() + "」一行印有 " + values(region) + " 个数（" + seen + "），与 " + k
					+ " 栏对不上，未导入", k);
			unread(line, "「" + line.anchor().fullLabel() + "」一行印有 " + values(region) + " 个数（" + seen + "），与 " + k + " 栏对不上");
		}
	}

	/** A table a crawler flattened: the runs after each label, split into cells by the whole table's arithmetic. */
	private void readGlued(List<Line> lines, int[] labelAt) {
		List<DigitSplits.Row> rows = new ArrayList<>();
		Map<Line, String> zeroRows = zeroRows(lines, labelAt);
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			List<Place> places = line.fields().stream().map(field -> new Place(line.column(field), line.row(field))).toList();
			if (zeroRows.containsKey(line)) {
				rows.add(new DigitSplits.Row(line.anchor().fullLabel(), places, line.fields().stream().map(Item::kind).toList(),
						List.of("0".repeat(places.size())), doubtColumn(line)));
				continue;
			}
			if (labelAt[i] < 0 && printedAsOneRow(lines, labelAt, line)) {
				continue;
			}
			if (labelAt[i] < 0) {
				table.doubt(doubtColumn(line), "导入：未见「" + line.anchor().fullLabel() + "」的行标签，未导入", places.size());
				unread(line, "未见「" + line.anchor().fullLabel() + "」的行标签");
				continue;
			}
			// up to the next row's label or group: words between (a caption, a label printed twice) hold no numbers of their own
			int next = tokens.size();
			for (int j = i + 1; j < lines.size() && next == tokens.size(); j++) {
				next = labelAt[j] >= 0 ? labelAt[j] : next;
			}
			next = Math.min(next, nextGroup(labelAt[i] + 1, next));
			List<String> runs = tokens.subList(labelAt[i] + 1, next).stream().filter(Token::isRun).map(Token::text).toList();
			// no digits before the next row's label reads as a row printed empty, but not past words of no row (a label
			// wrapped out of its line in text copied from a PDF): those may stand where the row's digits went
			Token stray = runs.isEmpty()
					? tokens.subList(labelAt[i] + 1, next).stream().filter(this::isStray).findFirst().orElse(null) : null;
			if (stray != null) {
				String reason = "「" + line.anchor().fullLabel() + "」之后未见其数，只见「" + stray.text() + "」";
				table.doubt(doubtColumn(line), "导入：" + reason + "，未导入", places.size());
				unread(line, reason);
				continue;
			}
			rows.add(new DigitSplits.Row(line.anchor().fullLabel(), places, line.fields().stream().map(Item::kind).toList(), runs,
					doubtColumn(line)));
		}
		DigitSplits.read(rows, table, stated);
	}

	/**
	 * A group's rows printed under its label without their own ({@code （三）不予公开} then 56 zeros for its eight rows of
	 * seven cells, or 64 where a page prints one more cell a row): when the runs after the group's label hold only zeros,
	 * as many as its rows' cells (or one more a row), every cell is 0 however they split — no cell can print "00". Each such
	 * row, with the note saying how it was read; the other rows without a label are left out as before.
	 */
	private Map<Line, String> zeroRows(List<Line> lines, int[] labelAt) {
		Map<Line, String> zero = new IdentityHashMap<>();
		for (int t = 0; t < tokens.size(); t++) {
			if (!isGroupLabel(t)) {
				continue;
			}
			String key = Normal.key(tokens.get(t).text());
			List<Line> members = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				Line line = lines.get(i);
				if (labelAt[i] < 0 && line.anchor().groups().stream().anyMatch(g -> Normal.key(g.label()).equals(key))) {
					members.add(line);
				}
			}
			int end = t + 1;
			while (end < tokens.size() && !tokens.get(end).isLabel()) {
				end++;
			}
			String digits = tokens.subList(t + 1, end).stream().filter(Token::isRun).map(Token::text).collect(Collectors.joining());
			int cells = members.stream().mapToInt(line -> line.fields().size()).sum();
			if (members.isEmpty() || digits.isEmpty() || digits.chars().anyMatch(c -> c != '0')
					|| digits.length() != cells && digits.length() != cells + members.size()) {
				continue;
			}
			String group = members.get(0).anchor().groups().stream().filter(g -> Normal.key(g.label()).equals(key)).findFirst()
					.map(Group::fullLabel).orElse(tokens.get(t).text());
			String note = "导入：「" + group + "」之下未印各行的标签，其后印作 " + digits.length() + " 个 0，各格读作 0";
			members.forEach(line -> zero.put(line, note));
			table.doubt(doubtColumn(members.get(0)), note, cells);
		}
		return zero;
	}

	/**
	 * Whether the line's group was printed as one row: another row of the group is labelled by the group's own label
	 * (（六）其他处理 read as 3.其他), so the report printed none of the group's other rows, as a page of the older table does.
	 */
	private boolean printedAsOneRow(List<Line> lines, int[] labelAt, Line line) {
		for (int j = 0; j < lines.size(); j++) {
			if (labelAt[j] >= 0 && lines.get(j) != line) {
				String key = Normal.key(tokens.get(labelAt[j]).text());
				if (line.anchor().groups().stream().anyMatch(g -> Normal.key(g.label()).equals(key))
						&& lines.get(j).anchor().groups().stream().anyMatch(g -> Normal.key(g.label()).equals(key))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Words between two rows' labels that belong to no label of the tables: not a group's label or its numbering
	 * (三、 / 本年度办理结果), a caption, the corner, or a whole label printed again over a new page's columns.
	 */
	private boolean isStray(Token token) {
		if (!token.isLabel()) {
			return false;
		}
		String text = token.text();
		return !groupKeys().contains(Normal.key(text)) && !NUMBERING_ONLY.matcher(text.strip()).matches() && !Labels.isHeading(text)
				&& !Labels.isWhole(text);
	}

	/** The first token from {@code from} (before {@code to}) that is a group's label, or {@code to}. */
	private int nextGroup(int from, int to) {
		for (int t = from; t < to; t++) {
			if (isGroupLabel(t)) {
				return t;
			}
		}
		return to;
	}

	/** A label token that names a group of rows (（三）不予公开) and no row of its own. */
	private boolean isGroupLabel(int t) {
		if (!tokens.get(t).isLabel()) {
			return false;
		}
		if (groupsOnly == null) {
			Set<String> rows = template.blocks().stream().flatMap(b -> b.rows().stream()).map(r -> Normal.key(r.label())).collect(Collectors.toSet());
			groupsOnly = groupKeys().stream().filter(key -> !rows.contains(key)).collect(Collectors.toSet());
		}
		return groupsOnly.contains(Normal.key(tokens.get(t).text()));
	}

	/** The keys of the labels of the template's groups of rows (（三）不予公开 …). */
	private Set<String> groupKeys() {
		return template.blocks().stream().flatMap(b -> b.rows().stream()).flatMap(r -> r.groups().stream())
				.map(g -> Normal.key(g.label())).collect(Collectors.toSet());
	}

	/** Numbers without a label of their own, for rows whose labels were not found: taken in order when their count fits. */
	private void readUnlabelled(List<Line> run, int from, int to) {
		List<Token> values = tokens.subList(from, Math.max(from, to)).stream().filter(t -> t.kind() == Token.Kind.VALUE).toList();
		if (values.isEmpty()) {
			return;
		}
		int k = run.get(0).fields().size();
		boolean sameWidth = run.stream().allMatch(line -> line.fields().size() == k);
		int n = run.size();
		String labels = run.get(0).anchor().fullLabel() + (n > 1 ? "…" + run.get(n - 1).anchor().fullLabel() : "");
		Item at = doubtColumn(run.get(0));
		if (sameWidth && (values.size() == n * k || values.size() == n * (k + 1))) {
			int chunk = values.size() / n;
			for (int r = 0; r < n; r++) {
				put(run.get(r), values.subList(r * chunk + chunk - k, (r + 1) * chunk));
			}
			table.doubt(at, "导入：未见「" + labels + "」的行标签，按模板顺序读取其后印出的 " + values.size() + " 个数"
					+ (chunk > k ? "（每行 " + chunk + " 个，取后 " + k + " 个）" : ""), n * k);
		} else {
			table.doubt(at, "导入：未见「" + labels + "」的行标签，其后印出的 " + values.size() + " 个数对不上 " + n + " 行，未导入", n * k);
			run.forEach(line -> unread(line, "未见「" + labels + "」的行标签，其后印出的 " + values.size() + " 个数对不上 " + n + " 行"));
		}
	}

	/** Part 四: one row of numbers after the last header label, every column's fields in turn. */
	private void readRow() {
		Block block = template.blocks().get(0);
		int last = -1;
		for (int t = 0; t < tokens.size(); t++) {
			if (tokens.get(t).isLabel()) {
				last = t;
			}
		}
		List<Token> region = tokens.subList(last + 1, tokens.size());
		int k = block.columns().size() * block.rows().size();
		if (region.stream().anyMatch(Token::isRun)) {
			List<Place> places = block.columns().stream().flatMap(c -> block.rows().stream().map(f -> new Place(c, f))).toList();
			DigitSplits.read(List.of(new DigitSplits.Row(template.blocks().get(0).columns().get(0).label() + "…",
					places, places.stream().map(p -> p.row().kind()).toList(), region.stream().filter(Token::isRun).map(Token::text).toList(),
					block.columns().get(0))), table, stated);
			return;
		}
		List<Token> fitted = fit(region, k);
		if (fitted == null) {
			if (!region.isEmpty()) {
				String reason = "复议诉讼表印有 " + values(region) + " 个数（" + printed(region) + "），与 " + k + " 栏对不上";
				table.doubt(block.columns().get(0), "导入：" + reason + "，未导入", k);
				block.columns().forEach(column -> block.rows().forEach(field -> table.unread(column, field, reason)));
			}
			return;
		}
		int at = 0;
		for (Item column : block.columns()) {
			for (Item field : block.rows()) {
				Token token = fitted.get(at++);
				table.put(column, field, token.isBlank() ? Value.BLANK : token.value());
			}
		}
	}

	/** The region without the empty grid places around its numbers, when that leaves exactly {@code k} cells. */
	private static List<Token> fit(List<Token> region, int k) {
		int start = 0;
		int stop = region.size();
		while (stop - start > k && region.get(stop - 1).isBlank()) {
			stop--;
		}
		while (stop - start > k && region.get(start).isBlank()) {
			start++;
		}
		return stop - start == k ? region.subList(start, stop) : null;
	}

	private int cellCount() {
		return template.columns().stream().mapToInt(column -> template.rowsOf(column).size()).sum();
	}

	/** The fields of a line neither read nor said to be left out. */
	private List<Item> missed(Line line, Set<Place> unread) {
		return line.fields().stream().filter(field -> !table.isWritten(line.column(field), line.row(field))
				&& !unread.contains(new Place(line.column(field), line.row(field)))).toList();
	}

	/** The one run of {@code k} cells of a row printed with too many whose total column is their sum; else null. */
	private List<Token> confirmed(Line line, List<Token> region) {
		int k = line.fields().size();
		Item total = template.totalColumn().orElse(null);
		if (line.anchorIsColumn() || total == null || !line.fields().get(k - 1).equals(total) || region.size() <= k) {
			return null;
		}
		List<Token> found = null;
		for (int start = 0; start + k <= region.size(); start++) {
			List<Token> window = region.subList(start, start + k);
			BigDecimal sum = window.subList(0, k - 1).stream().map(TableReader::number).reduce(BigDecimal.ZERO, BigDecimal::add);
			if (window.get(k - 1).kind() == Token.Kind.VALUE && sum.compareTo(number(window.get(k - 1))) == 0) {
				if (found != null) {
					return null;
				}
				found = window;
			}
		}
		return found;
	}

	private static BigDecimal number(Token token) {
		return token.kind() == Token.Kind.VALUE ? token.value().number() : BigDecimal.ZERO;
	}

	private void put(Line line, List<Token> cells) {
		for (int f = 0; f < cells.size(); f++) {
			Item field = line.fields().get(f);
			Token token = cells.get(f);
			table.put(line.column(field), line.row(field), token.isBlank() ? Value.BLANK : token.value());
		}
	}

	private void unread(Line line, String reason) {
		line.fields().forEach(field -> table.unread(line.column(field), line.row(field), reason));
	}

	/** Doubts about a row of part 三 stand above its total column; in part 二 above the row itself. */
	private Item doubtColumn(Line line) {
		return line.anchorIsColumn() ? line.anchor() : template.totalColumn().orElse(line.fields().get(0));
	}

	private static long values(List<Token> region) {
		return region.stream().filter(t -> !t.isBlank()).count();
	}

	private static String printed(List<Token> region) {
		return region.stream().map(t -> t.isBlank() ? "空" : t.text()).collect(Collectors.joining(" "));
	}
}
