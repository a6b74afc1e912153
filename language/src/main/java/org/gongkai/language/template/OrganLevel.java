package org.gongkai.language.template;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * Who publishes the report, and by when in the following year (条例 arts. 49–50). Townships have no legal
 * deadline; a report may write the one its local notice sets.
 */
public record OrganLevel(Term term, String label, MonthDay deadline) {

	public static final OrganLevel GOVERNMENT = new OrganLevel(Vocabulary.GOVERNMENT, "本级政府", MonthDay.of(3, 31));
	public static final OrganLevel DEPARTMENT = new OrganLevel(Vocabulary.DEPARTMENT, "部门", MonthDay.of(1, 31));
	public static final OrganLevel TOWNSHIP = new OrganLevel(Vocabulary.TOWNSHIP, "乡镇", null);
	public static final List<OrganLevel> ALL = List.of(GOVERNMENT, DEPARTMENT, TOWNSHIP);

	private static final List<String> TOWNSHIP_ENDINGS = List.of("镇人民政府", "乡人民政府", "街道办事处");
	private static final List<String> GOVERNMENT_ENDINGS = List.of("人民政府", "管委会", "管理委员会");

	/** The endings of a department's name (局, 委员会, 办公室 …): they tell where an organ's name ends in a text. */
	public static final List<String> DEPARTMENT_ENDINGS = List.of("办公室", "办公厅", "委员会", "局", "厅", "委", "中心", "院", "署");

	/** The endings of an organ's name that tell its level (a government's, a township's). */
	public static final List<String> NAME_ENDINGS = java.util.stream.Stream.concat(TOWNSHIP_ENDINGS.stream(),
			GOVERNMENT_ENDINGS.stream()).toList();

	/**
	 * Shorter endings that still tell a level when a name has none of the endings above: a township's (泽曲镇, 某某街道)
	 * or a government's (某某县, 某某市).
	 */
	private static final List<String> TOWNSHIP_HINTS = List.of("镇", "乡", "街道", "苏木");
	private static final List<String> GOVERNMENT_HINTS = List.of("县", "市", "区", "旗", "州", "盟");

	public static Optional<OrganLevel> byKeyword(String keyword) {
		return ALL.stream().filter(l -> l.term().keyword().equals(keyword)).findFirst();
	}

	/** The level a report has when it does not write one, read from the organ's name. */
	public static OrganLevel fromOrganName(String organ) {
		String name = organ == null ? "" : organ.strip();
		if (TOWNSHIP_ENDINGS.stream().anyMatch(name::endsWith)) {
			return TOWNSHIP;
		}
		return GOVERNMENT_ENDINGS.stream().anyMatch(name::endsWith) ? GOVERNMENT : DEPARTMENT;
	}

	/**
	 * The level a name tells by a shorter ending when {@link #fromOrganName} cannot read it (which would take it for a
	 * department's): a report of such an organ must write its level.
	 */
	public static Optional<OrganLevel> unreadFromName(String organ) {
		String name = organ == null ? "" : organ.strip();
		if (NAME_ENDINGS.stream().anyMatch(name::endsWith) || DEPARTMENT_ENDINGS.stream().anyMatch(name::endsWith)) {
			return Optional.empty();
		}
		if (TOWNSHIP_HINTS.stream().anyMatch(name::endsWith)) {
			return Optional.of(TOWNSHIP);
		}
		return GOVERNMENT_HINTS.stream().anyMatch(name::endsWith) ? Optional.of(GOVERNMENT) : Optional.empty();
	}

	public Optional<MonthDay> legalDeadline() {
		return Optional.ofNullable(deadline);
	}
}
