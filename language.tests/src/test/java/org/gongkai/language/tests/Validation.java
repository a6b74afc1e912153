package org.gongkai.language.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.gongkai.language.gongkai.Cell;
import org.gongkai.language.gongkai.Column;
import org.gongkai.language.validation.IssueCodes;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Validates reports as a workspace would (several files in one resource set) and renders what a writer sees. */
public class Validation {

	/** The codes of the assessor's rules (LANGUAGE.md §5): what a report says beyond its tables and their arithmetic. */
	public static final Set<String> ASSESSOR_CODES = Set.of(IssueCodes.ACTIVE_RULES_AUTHORITY, IssueCodes.TEXT_ASSESSMENT,
			IssueCodes.OTHER_FEES, IssueCodes.PREAMBLE_FORMAT, IssueCodes.TEXT_REVIEW_CLAIM, IssueCodes.CELL_BLANK);

	/** What validating one file gave: the file's resource and its issues, sorted by place. */
	public record Result(Resource resource, List<Issue> issues) {

		/** {@code ERROR apply.balance 12:5 勾稽关系不成立（…）…}, one line per issue. */
		public String rendered() {
			return issues.stream().map(i -> String.format("%s %s %d:%d %s", i.getSeverity(), i.getCode(), i.getLineNumber(),
					i.getColumn(), i.getMessage())).collect(Collectors.joining("\n"));
		}

		/** {@code error apply.balance @ charity}: the rule and the cell or column it marks, as TEMPLATE.md lists them. */
		public String places() {
			return issues.stream().map(i -> i.getSeverity().name().toLowerCase() + " " + i.getCode() + place(i, resource))
					.sorted().collect(Collectors.joining("\n"));
		}

		/** {@link #rendered()} without the diagnostics of these rules. */
		public String renderedWithout(Set<String> codes) {
			return new Result(resource, issues.stream().filter(i -> !codes.contains(i.getCode())).toList()).rendered();
		}

		public String codes() {
			return issues.stream().map(Issue::getCode).collect(Collectors.joining(" "));
		}
	}

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	/** Validates the first of several files (name → text) that form one workspace. */
	public Result validate(Map<String, String> files) {
		XtextResourceSet set = resourceSets.get();
		Resource first = null;
		try {
			for (Map.Entry<String, String> file : files.entrySet()) {
				Resource resource = set.createResource(URI.createFileURI("/workspace/" + file.getKey()));
				resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)), null);
				first = first == null ? resource : first;
			}
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return new Result(first, validator.validate(first, CheckMode.ALL, CancelIndicator.NullImpl).stream()
				.filter(i -> i.getSeverity() != Severity.INFO)
				.sorted(Comparator.comparing(Issue::getOffset).thenComparing(Issue::getCode, Comparator.nullsFirst(String::compareTo)))
				.toList());
	}

	public Result validate(String text) {
		return validate(Map.of("report.gongkai", text));
	}

	/** Validates a file with the other reports of its folder as its workspace. */
	public Result validate(Path file) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		files.put(file.getFileName().toString(), Files.readString(file));
		try (var siblings = Files.list(file.getParent())) {
			for (Path sibling : siblings.filter(p -> p.toString().endsWith(".gongkai")).sorted().toList()) {
				files.putIfAbsent(sibling.getFileName().toString(), Files.readString(sibling));
			}
		}
		return validate(files);
	}

	private static String place(Issue issue, Resource resource) {
		EObject target = issue.getUriToProblem() == null ? null : resource.getEObject(issue.getUriToProblem().fragment());
		if (target instanceof Cell cell) {
			return " @ " + ((Column) cell.eContainer()).getKey().getLiteral() + "." + cell.getKey().getLiteral();
		}
		if (target instanceof Column column) {
			return " @ " + column.getKey().getLiteral();
		}
		return "";
	}
}
