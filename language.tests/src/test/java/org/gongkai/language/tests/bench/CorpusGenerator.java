package org.gongkai.language.tests.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.gongkai.language.template.Vocabulary.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.gongkai.language.template.Block;
import org.gongkai.language.template.CellKind;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.Item;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.PartTemplate;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.TableTemplate;
import org.gongkai.language.template.Term;

/**
 * Writes a corpus of realistic annual reports for the throughput benchmark ({@link ValidateThroughput}). Deterministic
 * (fixed seed): the same count gives the same files.
 *
 * <ul>
 * <li>Organs come in counties of ten: the county government (本级政府), six departments (县xx局) and three townships
 * (xx镇人民政府 / xx乡人民政府 / xx街道办事处). Each organ reports 2019–2024, a year missing now and then, so most reports have
 * last year's report in the same folder, found by organ and year − 1 (no {@code previous}). As many organs as the
 * count needs (10,000 reports: about 1,700 organs in 170 counties).</li>
 * <li>Format 2019 for 2019 and 2020, format 2021 from 2021 (written, or left to the default). Tables are generated from
 * the template model ({@link Formats}), their numbers carried from year to year ({@code carried} = last year's
 * {@code next}; {@code valid} = last valid + made − repealed, now and then off as after a revision).</li>
 * <li>Part 三 balances in about 90 % of the reports; about 10 % break one rule the way published reports do (a column
 * that does not balance, a total row or total column that is off, a review total that is off).</li>
 * <li>Texts of realistic length, 1–3 KB of Chinese per report, assembled from phrases; some quote
 * {@code ${apply.new}}. Issued mostly before the deadline, a few late, a few without date.</li>
 * <li>About 20 % of the files use the Chinese aliases (mostly; mixed with English keywords) and full-width punctuation.</li>
 * </ul>
 * File names {@code org123-2023.gongkai}; report names ({@code 安宁县教育局2023}) are unique.
 */
public final class CorpusGenerator {

	public static final long SEED = 20_250_131L;
	/** Bump when the output changes, so that a corpus left on disk is regenerated. */
	public static final int VERSION = 2;
	public static final String MARKER = "corpus.properties";

	static final int FIRST_YEAR = 2019;
	static final int LAST_YEAR = 2024;
	static final double ERROR_RATE = 0.10;
	static final double CHINESE_RATE = 0.20;

	private static final String[] PLACE_CHARS = ("安宁平和清河源阳泉山川东西南北永兴丰泰华昌盛德善义仁武文长乐宜新成富康庆福顺通远江湖海"
			+ "林石云龙凤鹤金玉宝溪峰岭田城沙桥湾台坪岗柳桃梅松竹兰泽洛汾渭涟").split("");
	private static final String[] DEPARTMENTS = { "教育局", "财政局", "自然资源局", "生态环境局", "住房和城乡建设局", "交通运输局",
			"农业农村局", "水利局", "卫生健康局", "发展和改革局", "民政局", "人力资源和社会保障局", "市场监督管理局", "应急管理局", "司法局",
			"审计局", "统计局", "医疗保障局", "退役军人事务局", "文化和旅游局", "商务局", "林业局", "科学技术局", "工业和信息化局" };
	private static final String[] TOWNSHIP_KINDS = { "镇人民政府", "镇人民政府", "乡人民政府", "街道办事处" };
	private static final String[] ROADS = { "人民路", "解放路", "建设路", "中山路", "文化路", "府前街", "新华路", "朝阳路" };

	private final Random random = new Random(SEED);
	private final List<String> placeNames;
	private int nextPlace;
	/** The departments of the current county, shuffled. */
	private List<String> departments = List.of();

	/** The organ's running numbers, carried from one year to the next. */
	private static final class History {
		final Map<String, Integer> next = new HashMap<>();
		final Map<String, Integer> valid = new HashMap<>();
		final Map<String, Integer> items = new HashMap<>();
	}

	private record Organ(int index, String name, String shortName, String county, OrganLevel level, double size) {
	}

	private CorpusGenerator() {
		List<String> names = new ArrayList<>();
		for (String a : PLACE_CHARS) {
			for (String b : PLACE_CHARS) {
				if (!a.equals(b)) {
					names.add(a + b);
				}
			}
		}
		Collections.shuffle(names, random);
		placeNames = names;
	}

	/** Writes {@code count} reports into {@code folder} (created if needed) and returns their paths, in order. */
	public static List<Path> generate(Path folder, int count) throws IOException {
		Files.createDirectories(folder);
		return new CorpusGenerator().write(folder, count);
	}

	/**
	 * The corpus in {@code folder}: reused when a previous run left one of the same count and version, otherwise
	 * (re)generated. Returns its report files, sorted.
	 */
	public static List<Path> ensure(Path folder, int count) throws IOException {
		Path marker = folder.resolve(MARKER);
		if (isPresent(folder, count)) {
			return list(folder);
		}
		if (Files.isDirectory(folder)) {
			for (Path old : list(folder)) {
				Files.delete(old);
			}
			Files.deleteIfExists(marker);
		}
		generate(folder, count);
		Files.writeString(marker, marker(count), UTF_8);
		return list(folder);
	}

	/** Whether {@code folder} holds the corpus of this count and generator version, as a previous run left it. */
	public static boolean isPresent(Path folder, int count) throws IOException {
		Path marker = folder.resolve(MARKER);
		return Files.isRegularFile(marker) && Files.readString(marker, UTF_8).equals(marker(count)) && list(folder).size() == count;
	}

	private static String marker(int count) {
		return "version=" + VERSION + "\nseed=" + SEED + "\ncount=" + count + "\n";
	}

	static List<Path> list(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".gongkai")).sorted().toList();
		}
	}

	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args.length > 0 ? args[0] : "target/bench-corpus");
		int count = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
		List<Path> files = ensure(folder, count);
		System.out.println(files.size() + " reports in " + folder);
	}

	private List<Path> write(Path folder, int count) throws IOException {
		List<Path> written = new ArrayList<>(count);
		int organIndex = 0;
		String county = null;
		while (written.size() < count) {
			int slot = organIndex % 10;
			if (slot == 0) {
				county = place() + (random.nextInt(8) == 0 ? "区" : "县");
				departments = new ArrayList<>(List.of(DEPARTMENTS));
				Collections.shuffle(departments, random);
			}
			Organ organ = organ(organIndex, county, slot);
			History history = new History();
			for (int year = FIRST_YEAR; year <= LAST_YEAR && written.size() < count; year++) {
				boolean missing = random.nextDouble() < 0.04;
				String text = report(organ, year, history); // the numbers carry on even over a missing year
				if (!missing) {
					Path file = folder.resolve("org" + organ.index() + "-" + year + ".gongkai");
					Files.writeString(file, text, UTF_8);
					written.add(file);
				}
			}
			organIndex++;
		}
		return written;
	}

	/** A place name not used before (two characters; a number added once all pairs are used). */
	private String place() {
		int n = nextPlace++;
		String name = placeNames.get(n % placeNames.size());
		return n < placeNames.size() ? name : name + (n / placeNames.size() + 1);
	}

	private Organ organ(int index, String county, int slot) {
		if (slot == 0) {
			return new Organ(index, county + "人民政府", county, county, OrganLevel.GOVERNMENT, 1.0);
		}
		if (slot <= 6) {
			String department = departments.get(slot - 1);
			return new Organ(index, county + department, county + department, county, OrganLevel.DEPARTMENT,
					0.15 + random.nextDouble() * 0.4);
		}
		String kind = TOWNSHIP_KINDS[random.nextInt(TOWNSHIP_KINDS.length)];
		String town = place();
		String shortName = town + (kind.startsWith("镇") ? "镇" : kind.startsWith("乡") ? "乡" : "街道");
		return new Organ(index, town + kind, shortName, county, OrganLevel.TOWNSHIP, 0.03 + random.nextDouble() * 0.08);
	}

	// ---------------------------------------------------------------------------------------------------------------
	// one report

	private final class Writer {
		final StringBuilder out = new StringBuilder(8192);
		final boolean chinese;
		final String colon;
		final String comma;

		Writer(boolean chinese) {
			this.chinese = chinese;
			boolean fullWidth = chinese && random.nextBoolean();
			colon = fullWidth ? "：" : ":";
			comma = fullWidth ? "，" : ", ";
		}

		/** The keyword or, in a Chinese file, mostly its alias. */
		String k(Term term) {
			return chinese && random.nextDouble() < 0.85 ? term.alias() : term.keyword();
		}

		String k(Item item) {
			return k(item.term());
		}

		Writer line(String text) {
			out.append(text).append('\n');
			return this;
		}
	}

	private String report(Organ organ, int year, History history) {
		ReportFormat format = year >= 2021 ? Formats.FORMAT_2021 : Formats.FORMAT_2019;
		Writer w = new Writer(random.nextDouble() < CHINESE_RATE);
		boolean broken = random.nextDouble() < ERROR_RATE;

		// part 三 and 四 first: the texts quote their numbers
		ApplyTable apply = applyTable(organ, format, history);
		ReviewTable review = reviewTable(organ, format);
		if (broken) {
			breakOneRule(apply, review);
		}

		w.line("// " + organ.name() + " " + year + "年政府信息公开工作年度报告");
		w.line(w.k(REPORT) + " \"" + organ.shortName() + year + "\" {");
		header(w, organ, year, format);
		w.line("");
		overview(w, organ, year, format, apply);
		w.line("");
		active(w, organ, format, history);
		w.line("");
		apply.write(w);
		w.line("");
		review.write(w);
		w.line("");
		problems(w, organ, year);
		w.line("}");
		return w.out.toString();
	}

	private void header(Writer w, Organ organ, int year, ReportFormat format) {
		w.line("  " + w.k(ORGAN) + " \"" + organ.name() + "\"");
		w.line("  " + w.k(YEAR) + " " + year);
		if (format != Formats.DEFAULT || random.nextDouble() < 0.7) {
			w.line("  " + w.k(FORMAT) + " " + format.id());
		}
		if (random.nextDouble() < 0.6) {
			w.line("  " + w.k(LEVEL) + " " + w.k(organ.level().term()));
		}
		MonthDay deadline = organ.level().deadline();
		if (deadline == null && random.nextDouble() < 0.4) {
			deadline = MonthDay.of(2, 20);
			w.line("  " + w.k(DEADLINE) + " 02-20");
		}
		double roll = random.nextDouble();
		if (roll < 0.92) {
			LocalDate due = (deadline == null ? MonthDay.of(3, 31) : deadline).atYear(year + 1);
			LocalDate issued;
			if (roll < 0.86) {
				LocalDate from = LocalDate.of(year + 1, 1, 5);
				issued = from.plusDays(random.nextInt((int) (due.toEpochDay() - from.toEpochDay()) + 1));
			} else {
				issued = due.plusDays(1 + random.nextInt(40)); // late
			}
			String date = w.chinese && random.nextBoolean()
					? issued.getYear() + "年" + issued.getMonthValue() + "月" + issued.getDayOfMonth() + "日"
					: issued.toString();
			w.line("  " + w.k(ISSUED) + " " + date);
		}
		if (random.nextDouble() < 0.8) {
			w.line("  " + w.k(WEBSITE) + " \"http://www.xq" + organ.index() / 10 + ".gov.cn/zwgk/xxgknb/\"");
		}
		if (random.nextDouble() < 0.75) {
			w.line("  " + w.k(CONTACT) + " \"" + organ.county() + "人民政府办公室（地址：" + organ.county()
					+ ROADS[random.nextInt(ROADS.length)] + (1 + random.nextInt(200)) + "号，电话：0" + (300 + random.nextInt(600)) + "-"
					+ (5_000_000 + random.nextInt(4_000_000)) + "）\"");
		}
		if (random.nextDouble() < 0.3) {
			w.line("  " + w.k(PREAMBLE) + " \"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和" + format.notice() + "要求，现公布"
					+ organ.name() + year + "年政府信息公开工作年度报告。");
			w.line("    本报告中所列数据的统计期限为" + year + "年1月1日至" + year + "年12月31日。如对本报告有疑问，请与" + organ.county()
					+ "人民政府办公室联系。\"");
		}
	}

	// ---------------------------------------------------------------------------------------------------------------
	// texts

	private static final Map<String, String[]> PHRASES = new LinkedHashMap<>();
	static {
		PHRASES.put("active", new String[] {
				"{year}年，{organ}认真贯彻落实《条例》和上级关于政务公开的决策部署，围绕中心工作，以重点领域信息公开为核心，全面推进政务公开工作。",
				"通过政府门户网站、政务新媒体、公示栏等渠道主动公开各类政府信息{n}条，其中政策文件{m}条，政策解读{k}条。",
				"坚持“以公开为常态、不公开为例外”原则，及时公开财政预决算、重大建设项目、公共资源配置、社会公益事业等重点领域信息。",
				"加强政策解读，采用图文解读、视频解读、新闻发布会等形式对重要政策进行解读，做到政策文件与解读材料同步组织、同步审签、同步部署。",
				"围绕乡村振兴、营商环境、民生保障等社会关注热点，及时发布权威信息，回应社会关切，全年回应公众关注热点{k}次。",
				"认真落实行政规范性文件统一登记、统一编号、统一公布制度，现行有效规范性文件全部在政府门户网站集中公开。",
				"在门户网站开设“法定主动公开内容”专栏，按照标准目录逐项梳理公开事项，确保应公开尽公开。" });
		PHRASES.put("apply", new String[] {
				"进一步规范政府信息公开申请的受理、审查、办理、答复、归档等环节，严格按照法定时限答复申请人。",
				"{year}年，共收到政府信息公开申请{apply}件，全部在法定期限内予以答复，未发生因依申请公开引起的重大舆情。",
				"申请内容主要涉及征地拆迁、土地确权、项目审批、财政资金使用等方面。",
				"建立依申请公开会商机制，对疑难复杂申请由办公室会同法律顾问共同研究答复意见，提升答复的规范性。",
				"畅通申请渠道，在政府门户网站提供在线申请，同时设立现场申请窗口，方便群众提出申请。" });
		PHRASES.put("management", new String[] {
				"严格落实信息发布“三审三校”制度，坚持先审后发，确保公开信息准确、规范、安全。",
				"对本机关制发的政府信息开展全面清理，及时更新、撤除过时信息{m}条。",
				"动态调整政府信息公开指南和主动公开目录，规范公开属性认定，做到公开属性源头认定。",
				"加强政府信息公开保密审查，明确审查程序和责任，全年未发生泄密事件。",
				"规范政府公报编辑发行工作，全年编印政府公报{k}期，免费向公众发放。" });
		PHRASES.put("platform", new String[] {
				"持续优化政府门户网站栏目设置，完善站内搜索功能，提升信息检索的便捷性。",
				"加强政务新媒体管理，对所属{k}个政务新媒体账号开展常态化监测，确保信息发布及时准确。",
				"推进政务公开专区建设，在政务服务中心设立政府信息查阅点，为群众提供查阅、咨询等服务。",
				"依托全市政府网站集约化平台，实现信息资源统一管理、统一发布，提升平台安全防护水平。",
				"充分利用微信公众号、短视频等新媒体渠道，拓展信息发布渠道，扩大政务信息覆盖面。" });
		PHRASES.put("oversight", new String[] {
				"成立政务公开工作领导小组，明确分管领导和具体工作人员，形成主要领导亲自抓、分管领导具体抓的工作格局。",
				"将政务公开工作纳入年度绩效考核，定期开展督查，对发现的问题及时督促整改。",
				"组织开展政务公开业务培训{k}次，参训人员{n}人次，提升工作人员业务能力。",
				"主动接受社会监督，通过意见箱、热线电话、网上留言等渠道收集群众意见建议。",
				"全年未发生因政府信息公开工作被追究责任的情况。" });
		PHRASES.put("problems", new String[] {
				"公开内容的全面性和及时性有待提高，个别栏目更新不够及时；",
				"政策解读形式还不够丰富，解读质量有待进一步提升；",
				"工作人员业务能力仍需加强，对《条例》的理解和把握还不够到位；",
				"基层政务公开标准化规范化建设仍有差距；",
				"依申请公开答复的规范性有待加强，个别答复说理不够充分；",
				"政务新媒体信息更新频率不高，与群众互动不够；" });
		PHRASES.put("measures", new String[] {
				"下一步，我们将坚持问题导向，进一步完善工作机制，加强业务培训，提升政务公开工作质量。",
				"一是加强统筹协调，压实各单位公开责任；二是丰富解读形式，提高解读的针对性和可读性；三是强化监督检查，确保各项工作落到实处。",
				"持续推进基层政务公开标准化规范化建设，及时回应群众关切，不断提升政府公信力。",
				"定期组织业务培训，邀请专家授课，提升工作人员依法公开的意识和能力。",
				"规范依申请公开办理流程，严格落实法律顾问审核制度，提升答复质量。" });
	}

	private static final String[] ORDINALS = { "一是", "二是", "三是", "四是", "五是" };

	private String sentences(String topic, int count, Organ organ, int year, String applyRef) {
		String[] phrases = PHRASES.get(topic);
		List<String> picked = new ArrayList<>();
		int start = random.nextInt(phrases.length);
		for (int i = 0; i < Math.min(count, phrases.length); i++) {
			picked.add(phrases[(start + i) % phrases.length]
					.replace("{year}", String.valueOf(year))
					.replace("{organ}", organ.level() == OrganLevel.GOVERNMENT ? "我县" : organ.level() == OrganLevel.TOWNSHIP ? "我镇" : "我单位")
					.replace("{n}", String.valueOf((int) (organ.size() * (800 + random.nextInt(4000))) + 5))
					.replace("{m}", String.valueOf((int) (organ.size() * (50 + random.nextInt(300))) + 1))
					.replace("{k}", String.valueOf(1 + random.nextInt(12)))
					.replace("{apply}", applyRef));
		}
		return String.join("\n", picked);
	}

	/** A quoted text: a sentence per line, indented like the examples; a blank line between paragraphs. */
	private static String quoted(String text, String indent) {
		StringBuilder out = new StringBuilder("\"");
		String[] paragraphs = text.split("\n\n");
		for (int i = 0; i < paragraphs.length; i++) {
			if (i > 0) {
				out.append("\n\n").append(indent);
			}
			out.append(paragraphs[i].replace("\n", "\n" + indent));
		}
		return out.append('"').toString();
	}

	private void overview(Writer w, Organ organ, int year, ReportFormat format, ApplyTable apply) {
		String applyRef = random.nextDouble() < 0.4
				? (w.chinese ? "${" + APPLY.alias() + "." + NEW.alias() + "}" : "${apply.new}")
				: String.valueOf(apply.value(TOTAL.keyword(), NEW.keyword()));
		PartTemplate part = format.part(OVERVIEW.keyword()).orElseThrow();
		String section = "  " + w.k(SECTION) + " " + w.k(part.term());
		if (part.topics().isEmpty()) {
			// format 2019: one text, its own sub-headings kept as paragraphs
			String[] headings = { "（一）主动公开情况", "（二）依申请公开情况", "（三）政府信息管理情况", "（四）平台建设情况", "（五）监督保障情况" };
			String[] topics = { "active", "apply", "management", "platform", "oversight" };
			StringBuilder text = new StringBuilder();
			for (int i = 0; i < topics.length; i++) {
				if (i > 0) {
					text.append("\n\n");
				}
				text.append(headings[i]).append("\n\n").append(sentences(topics[i], 1 + random.nextInt(3), organ, year, applyRef));
			}
			w.line(section + " " + quoted(text.toString(), "    "));
			return;
		}
		w.line(section + " {");
		String indent = " ".repeat(16);
		for (Item topic : part.topics()) {
			String key = w.k(topic);
			String text = sentences(topic.keyword(), 1 + random.nextInt(3), organ, year, applyRef);
			w.line("    " + key + " ".repeat(Math.max(1, 11 - key.length())) + quoted(text, indent));
		}
		w.line("  }");
	}

	private void problems(Writer w, Organ organ, int year) {
		String[] problems = PHRASES.get("problems");
		int count = 2 + random.nextInt(3);
		int start = random.nextInt(problems.length);
		StringBuilder found = new StringBuilder(year + "年，" + (organ.level() == OrganLevel.GOVERNMENT ? "我县" : "我单位")
				+ "政府信息公开工作取得了一定成效，但也存在一些不足：");
		for (int i = 0; i < count; i++) {
			String problem = problems[(start + i) % problems.length];
			found.append('\n').append(ORDINALS[i]).append(i == count - 1 ? problem.replace("；", "。") : problem);
		}
		String text = found + "\n\n" + sentences("measures", 1 + random.nextInt(3), organ, year, "");
		w.line("  " + w.k(SECTION) + " " + w.k(PROBLEMS) + " " + quoted(text, "    "));
		String other = switch (random.nextInt(4)) {
			case 0 -> "无。";
			case 1 -> "本机关" + year + "年度未收取政府信息公开信息处理费。";
			case 2 -> year + "年，本机关未收取信息处理费。本年度无其他需要报告的事项。";
			default -> "根据《政府信息公开信息处理费管理办法》，" + year + "年度本机关未收取信息处理费。\n\n本年度报告的电子版可在"
					+ organ.county() + "人民政府门户网站下载。";
		};
		w.line("  " + w.k(SECTION) + " " + w.k(OTHER_MATTERS) + " " + quoted(other, "    "));
	}

	// ---------------------------------------------------------------------------------------------------------------
	// part 二

	private void active(Writer w, Organ organ, ReportFormat format, History history) {
		TableTemplate table = format.table(ACTIVE.keyword());
		w.line("  " + w.k(SECTION) + " " + w.k(ACTIVE) + " <");
		for (Block block : table.blocks()) {
			for (Item column : block.columns()) {
				List<String> cells = new ArrayList<>();
				Map<String, Integer> documents = new HashMap<>();
				for (Item row : block.rows()) {
					cells.add(w.k(row) + " " + activeValue(organ, column.keyword(), row, history, documents));
				}
				writeColumn(w, w.k(column), cells, 12);
			}
		}
		w.line("  >");
	}

	private String activeValue(Organ organ, String column, Item row, History history, Map<String, Integer> documents) {
		String field = row.keyword();
		double size = organ.size();
		if (row.kind() == CellKind.AMOUNT) {
			if (random.nextDouble() < 0.45) {
				return "0";
			}
			BigDecimal amount = BigDecimal.valueOf(size * random.nextDouble() * 9000).setScale(random.nextBoolean() ? 2 : 1,
					RoundingMode.HALF_UP);
			return random.nextDouble() < 0.1 ? amount.movePointRight(4).setScale(2, RoundingMode.HALF_UP) + "元" : amount.toPlainString();
		}
		if (row.kind() == CellKind.SIGNED) {
			int change = random.nextInt(9) - 4;
			return change > 0 ? "+" + change : String.valueOf(change);
		}
		boolean documentRow = column.equals(RULES.keyword()) || column.equals(NORMATIVE.keyword());
		boolean rules = column.equals(RULES.keyword());
		if (field.equals(MADE.keyword()) || field.equals(PRODUCED.keyword())) {
			int made = rules ? 0 : random.nextInt((int) (size * 8) + 2);
			documents.put("made", made);
			return String.valueOf(made);
		}
		if (field.equals(PUBLISHED.keyword())) {
			return String.valueOf(documents.getOrDefault("made", 0));
		}
		if (field.equals(REPEALED.keyword())) {
			int valid = history.valid.computeIfAbsent(column, c -> rules ? 0 : random.nextInt((int) (size * 40) + 3));
			int repealed = valid == 0 ? 0 : random.nextInt(Math.min(valid, 4) + 1);
			documents.put("repealed", repealed);
			return String.valueOf(repealed);
		}
		if (field.equals(VALID.keyword()) || field.equals(PUBLIC_TOTAL.keyword())) {
			int last = history.valid.computeIfAbsent(column, c -> rules ? 0 : random.nextInt((int) (size * 40) + 3));
			int valid = last + documents.getOrDefault("made", 0) - documents.getOrDefault("repealed", 0);
			if (documentRow && !rules && random.nextDouble() < 0.05) {
				valid += 1 + random.nextInt(3); // a revision: previous.valid warns
			}
			history.valid.put(column, valid);
			return String.valueOf(valid);
		}
		if (field.equals(PREVIOUS_COUNT.keyword())) {
			return String.valueOf(history.items.computeIfAbsent(column, c -> random.nextInt((int) (size * 300) + 5)));
		}
		if (field.equals(PROJECTS.keyword())) {
			return String.valueOf(random.nextInt((int) (size * 30) + 1));
		}
		// decisions: licensing in thousands for a county government, punishment and coercion fewer
		double scale = column.equals(LICENSING.keyword()) ? 12_000 : column.equals(PUNISHMENT.keyword()) ? 1_500
				: column.equals(OTHER_SERVICES.keyword()) ? 3_000 : 150;
		return String.valueOf((int) (size * scale * random.nextDouble() * random.nextDouble() * 2));
	}

	// ---------------------------------------------------------------------------------------------------------------
	// part 三

	/** Weights of the outcomes: granted and not-held most often, as in published reports; the rest rarely. */
	private static final Map<String, Double> OUTCOME_WEIGHTS = Map.of(GRANTED.keyword(), 40.0, PARTIAL.keyword(), 8.0,
			NOT_HELD.keyword(), 18.0, NOT_EXISTING.keyword(), 3.0, UNCLEAR.keyword(), 3.0, DUPLICATE.keyword(), 2.0,
			PETITION.keyword(), 2.0, OTHER_HANDLING.keyword(), 4.0, DELIBERATIVE.keyword(), 1.5, THIRD_PARTY.keyword(), 1.0);
	private static final double OTHER_OUTCOME_WEIGHT = 0.2;
	/** Share of the applications by applicant column; the rest rarely. */
	private static final Map<String, Double> APPLICANT_WEIGHTS = Map.of(NATURAL.keyword(), 0.8, BUSINESS.keyword(), 0.12,
			LEGAL.keyword(), 0.05);

	private final class ApplyTable {
		final TableTemplate template;
		final Item totalColumn;
		final Item totalRow;
		/** column → row → value, every cell. */
		final Map<String, Map<String, Integer>> values = new LinkedHashMap<>();
		/** column → rows written, in the order written. */
		final Map<String, List<String>> written = new LinkedHashMap<>();
		final Map<String, String> override = new HashMap<>();
		boolean totalColumnWritten;

		ApplyTable(TableTemplate template) {
			this.template = template;
			this.totalColumn = template.totalColumn().orElseThrow();
			this.totalRow = template.totalRow().orElseThrow();
		}

		int value(String column, String row) {
			return values.getOrDefault(column, Map.of()).getOrDefault(row, 0);
		}

		void write(Writer w) {
			w.line("  " + w.k(SECTION) + " " + w.k(APPLY) + " <");
			for (Item column : template.columns()) {
				List<String> rows = written.get(column.keyword());
				if (rows == null) {
					continue;
				}
				List<String> cells = new ArrayList<>();
				for (String row : rows) {
					String value = override.getOrDefault(column.keyword() + "." + row, String.valueOf(value(column.keyword(), row)));
					cells.add(w.k(template.row(row).orElseThrow()) + " " + value);
				}
				writeColumn(w, w.k(column), cells, 11);
			}
			w.line("  >");
		}
	}

	private ApplyTable applyTable(Organ organ, ReportFormat format, History history) {
		ApplyTable table = new ApplyTable(format.table(APPLY.keyword()));
		TableTemplate template = table.template;
		List<Item> outcomes = template.totalRowTerms();
		int received = (int) Math.round(organ.size() * 120 * Math.pow(random.nextDouble(), 2));
		Map<String, Integer> totals = new LinkedHashMap<>();
		for (Item column : template.columns()) {
			if (column.equals(table.totalColumn)) {
				continue;
			}
			String key = column.keyword();
			double share = APPLICANT_WEIGHTS.getOrDefault(key, 0.0);
			int fresh = share > 0 ? (int) Math.round(received * share * (0.6 + random.nextDouble() * 0.8))
					: (random.nextDouble() < 0.05 ? 1 + random.nextInt(2) : 0);
			int carried = history.next.getOrDefault(key, 0);
			int next = (fresh + carried) > 0 && random.nextDouble() < 0.25 ? random.nextInt(Math.max(1, (fresh + carried) / 8) + 1) : 0;
			Map<String, Integer> cells = new LinkedHashMap<>();
			cells.put(NEW.keyword(), fresh);
			cells.put(CARRIED.keyword(), carried);
			for (Item outcome : outcomes) {
				cells.put(outcome.keyword(), 0);
			}
			for (int i = 0; i < fresh + carried - next; i++) {
				String outcome = pick(outcomes);
				cells.merge(outcome, 1, Integer::sum);
			}
			cells.put(table.totalRow.keyword(), fresh + carried - next);
			cells.put(NEXT.keyword(), next);
			history.next.put(key, next);
			table.values.put(key, cells);
			cells.forEach((row, v) -> totals.merge(row, v, Integer::sum));
			// an applicant column writes new, carried, its outcomes that are not 0, total and next
			List<String> rows = new ArrayList<>();
			for (Item row : template.rowsOf(column)) {
				String r = row.keyword();
				boolean always = r.equals(NEW.keyword()) || r.equals(CARRIED.keyword()) || row.equals(table.totalRow)
						|| r.equals(NEXT.keyword());
				if (always || cells.getOrDefault(r, 0) != 0) {
					rows.add(r);
				}
			}
			table.written.put(key, rows);
		}
		table.values.put(table.totalColumn.keyword(), totals);
		// most reports print the total column in full; some leave it to be computed
		table.totalColumnWritten = random.nextDouble() < 0.75;
		if (table.totalColumnWritten) {
			table.written.put(table.totalColumn.keyword(), template.rowsOf(table.totalColumn).stream().map(Item::keyword).toList());
		}
		return table;
	}

	private String pick(List<Item> outcomes) {
		double sum = 0;
		for (Item outcome : outcomes) {
			sum += OUTCOME_WEIGHTS.getOrDefault(outcome.keyword(), OTHER_OUTCOME_WEIGHT);
		}
		double roll = random.nextDouble() * sum;
		for (Item outcome : outcomes) {
			roll -= OUTCOME_WEIGHTS.getOrDefault(outcome.keyword(), OTHER_OUTCOME_WEIGHT);
			if (roll <= 0) {
				return outcome.keyword();
			}
		}
		return outcomes.get(0).keyword();
	}

	// ---------------------------------------------------------------------------------------------------------------
	// part 四

	private final class ReviewTable {
		final TableTemplate template;
		final Map<String, Map<String, Integer>> values = new LinkedHashMap<>();
		final Map<String, String> override = new HashMap<>();
		boolean empty;

		ReviewTable(TableTemplate template) {
			this.template = template;
		}

		void write(Writer w) {
			if (empty) {
				w.line("  " + w.k(SECTION) + " " + w.k(REVIEW) + " < >");
				return;
			}
			w.line("  " + w.k(SECTION) + " " + w.k(REVIEW) + " <");
			for (Item column : template.columns()) {
				List<String> cells = new ArrayList<>();
				for (Item row : template.rowsOf(column)) {
					String key = column.keyword() + "." + row.keyword();
					cells.add(w.k(row) + " " + override.getOrDefault(key, String.valueOf(values.get(column.keyword()).get(row.keyword()))));
				}
				writeColumn(w, w.k(column), cells, 19);
			}
			w.line("  >");
		}
	}

	private ReviewTable reviewTable(Organ organ, ReportFormat format) {
		ReviewTable table = new ReviewTable(format.table(REVIEW.keyword()));
		Item total = table.template.totalRow().orElseThrow();
		boolean any = false;
		for (Item column : table.template.columns()) {
			Map<String, Integer> cells = new LinkedHashMap<>();
			int sum = 0;
			for (Item row : table.template.totalRowTerms()) {
				int v = random.nextDouble() < organ.size() * 0.5 ? random.nextInt((int) (organ.size() * 12) + 1) : 0;
				cells.put(row.keyword(), v);
				sum += v;
			}
			cells.put(total.keyword(), sum);
			any |= sum > 0;
			table.values.put(column.keyword(), cells);
		}
		table.empty = !any && random.nextDouble() < 0.3;
		return table;
	}

	// ---------------------------------------------------------------------------------------------------------------
	// errors: one rule broken the way published reports break it

	private void breakOneRule(ApplyTable apply, ReviewTable review) {
		String natural = NATURAL.keyword();
		String total = apply.totalRow.keyword();
		double roll = random.nextDouble();
		if (roll < 0.15 && !review.empty) {
			// a review total that does not add up
			String column = review.template.columns().get(random.nextInt(review.template.columns().size())).keyword();
			int written = review.values.get(column).get(total);
			review.override.put(column + "." + total, String.valueOf(written + 1 + random.nextInt(3)));
		} else if (roll < 0.4 && apply.totalColumnWritten) {
			// the total column disagrees with the applicant columns on one outcome row
			List<String> rows = apply.written.get(apply.totalColumn.keyword());
			String row = rows.get(2 + random.nextInt(rows.size() - 4));
			int value = apply.value(apply.totalColumn.keyword(), row);
			apply.override.put(apply.totalColumn.keyword() + "." + row, String.valueOf(value + 1 + random.nextInt(5)));
		} else if (roll < 0.65) {
			// the total row of 自然人 does not add up its outcomes
			int value = apply.value(natural, total);
			apply.override.put(natural + "." + total, String.valueOf(value == 0 ? 1 : value + (random.nextBoolean() ? 1 : -1)));
		} else {
			// 自然人 does not balance: new + carried ≠ total + next
			int value = apply.value(natural, NEW.keyword());
			apply.override.put(natural + "." + NEW.keyword(), String.valueOf(value + 1 + random.nextInt(4)));
		}
	}

	// ---------------------------------------------------------------------------------------------------------------

	/** {@code key: cell, cell, …}, continued on the next line after a comma every few cells. */
	private static void writeColumn(Writer w, String key, List<String> cells, int width) {
		String head = "    " + key + w.colon;
		StringBuilder line = new StringBuilder(head).append(" ".repeat(Math.max(1, width - key.length())));
		String indent = " ".repeat(line.length());
		for (int i = 0; i < cells.size(); i++) {
			line.append(cells.get(i));
			if (i < cells.size() - 1) {
				if ((i + 1) % 7 == 0) {
					w.line(line.append(w.comma.strip()).toString());
					line.setLength(0);
					line.append(indent);
				} else {
					line.append(w.comma);
				}
			}
		}
		w.line(line.toString());
	}
}
