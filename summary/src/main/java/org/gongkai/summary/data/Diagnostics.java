package org.gongkai.summary.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.gongkai.cli.FileDiagnostic;

/** The diagnostics of all reports (the validator's and {@code summary.sum}), by report file and by rule code. */
public final class Diagnostics {

	private final List<FileDiagnostic> all;
	private final Map<String, List<FileDiagnostic>> byFile = new LinkedHashMap<>();

	public Diagnostics(List<FileDiagnostic> all) {
		this.all = all;
		all.forEach(d -> byFile.computeIfAbsent(d.file(), f -> new ArrayList<>()).add(d));
	}

	public List<FileDiagnostic> all() {
		return all;
	}

	public List<FileDiagnostic> of(String file) {
		return byFile.getOrDefault(file, List.of());
	}

	public long errors(String file) {
		return of(file).stream().filter(FileDiagnostic::isError).count();
	}

	public long warnings(String file) {
		return of(file).size() - errors(file);
	}

	/** For each rule code, the files that break it (each once), codes in order. */
	public Map<String, Set<String>> filesByCode() {
		Map<String, Set<String>> files = new TreeMap<>();
		all.forEach(d -> files.computeIfAbsent(d.code() == null ? "" : d.code(), c -> new LinkedHashSet<>()).add(d.file()));
		return files;
	}

	/** The severity of a rule code as its diagnostics have it. */
	public String severity(String code) {
		return all.stream().filter(d -> code.equals(d.code())).map(FileDiagnostic::severity).findFirst().orElse("warning");
	}
}
