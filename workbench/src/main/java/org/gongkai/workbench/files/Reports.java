package org.gongkai.workbench.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.gongkai.cli.FileDiagnostic;
import org.gongkai.cli.FolderCheck;
import org.gongkai.language.GongkaiStandaloneSetup;
import org.gongkai.language.generator.DocumentFormat;
import org.gongkai.language.generator.DocumentFormats;
import org.gongkai.language.ide.input.ParsedReport;
import org.gongkai.language.ide.output.CliProblem;
import org.gongkai.language.ide.output.ReportGeneration;
import org.gongkai.language.ide.server.GongkaiLanguageServer;
import org.gongkai.language.report.ReportView;

import com.google.inject.Injector;

/**
 * The workspace's reports as the command line sees them: the list with organ, year, errors and warnings
 * ({@link FolderCheck}, as {@code gongkai validate DIR}), and a report's documents, only when it has no errors (as
 * {@code gongkai generate}), marked with their report. The language's injector is made on first use. The list is
 * checked again only when a file of the folder changed since the last check ({@link FolderStamp}): each new tab asks
 * for it, and a report's errors may depend on the other reports of the folder (last year's).
 */
public final class Reports {

	/** One report of the list; {@code uri}: the URI the language server knows the file by. */
	public record Entry(String name, String uri, String organ, Integer year, int errors, int warnings, String problem) {
	}

	/** A document to download. */
	public record Document(String fileName, String contentType, byte[] bytes) {
	}

	private static final Map<String, String> CONTENT_TYPES = Map.of(
			"html", "text/html; charset=utf-8",
			"md", "text/markdown; charset=utf-8",
			"json", "application/json; charset=utf-8",
			"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final Workspace workspace;
	private final UriExtensions uris = new UriExtensions();
	private Injector injector;
	private List<String> listedStamp;
	private List<Entry> listed;
	private Map<Path, List<FileDiagnostic>> checked = Map.of();

	public Reports(Workspace workspace) {
		this.workspace = workspace;
	}

	public synchronized List<Entry> list() {
		List<String> stamp = FolderStamp.of(workspace.root());
		if (stamp != null && stamp.equals(listedStamp)) {
			return listed;
		}
		List<Entry> entries = new ArrayList<>();
		Map<Path, List<FileDiagnostic>> diagnostics = new HashMap<>();
		for (FolderCheck.Report report : FolderCheck.check(injector(), workspace.root())) {
			entries.add(new Entry(workspace.name(report.path()), uri(report.path()), report.organ(), report.year(), report.errors(),
					report.warnings(), report.problem()));
			diagnostics.put(report.path(), shown(report.diagnostics()));
		}
		listedStamp = stamp;
		listed = List.copyOf(entries);
		checked = diagnostics;
		return listed;
	}

	/**
	 * A report's errors and warnings from the folder's last check (checked again when a file changed since), as
	 * {@code gongkai validate --format json} gives them: what its editor shows until the tab's session has checked it.
	 * None for a file that is no report of the folder.
	 */
	public synchronized List<FileDiagnostic> diagnostics(String name) {
		list();
		return checked.getOrDefault(workspace.report(name), List.of());
	}

	/** As many as the language server sends an editor, errors first: all of them are kept only while the folder is checked. */
	private static List<FileDiagnostic> shown(List<FileDiagnostic> all) {
		if (all.size() <= GongkaiLanguageServer.MOST_DIAGNOSTICS) {
			return all;
		}
		return all.stream().sorted(Comparator.comparing(diagnostic -> !diagnostic.isError()))
				.limit(GongkaiLanguageServer.MOST_DIAGNOSTICS).toList();
	}

	public String uri(Path file) {
		return uris.toUriString(URI.createFileURI(file.toString()));
	}

	public Document document(String name, String formatName) {
		Path file = workspace.report(name);
		DocumentFormat format = injector().getInstance(DocumentFormats.class).byName(formatName == null ? "" : formatName)
				.orElseThrow(() -> new Refused(Refused.BAD_REQUEST, "不认识的格式 " + formatName + "；可用：html、docx、md、json"));
		FolderCheck.Report report = FolderCheck.check(injector(), workspace.root()).stream().filter(r -> r.path().equals(file))
				.findFirst().orElseThrow(() -> new Refused(Refused.NOT_FOUND, "没有这个报告文件：" + name));
		if (report.problem() != null) {
			throw new Refused(Refused.CONFLICT, report.problem());
		}
		if (report.errors() > 0) {
			throw new Refused(Refused.CONFLICT, name + " 有 " + report.errors() + " 处错误，请先改正再下载");
		}
		try {
			byte[] bytes = new ReportGeneration(injector()).documents(file, List.of(format)).get(format);
			return new Document(format.fileName(file.getFileName().toString()), CONTENT_TYPES.get(format.name()), bytes);
		} catch (CliProblem e) {
			throw new Refused(Refused.CONFLICT, e.getMessage());
		}
	}

	/** A report's text read as the language reads it (errors and all), or empty when nothing of a report parses. */
	public Optional<ReportView> view(String name, String text) {
		return ParsedReport.view(injector(), URI.createFileURI(workspace.report(name).toString()), text);
	}

	private synchronized Injector injector() {
		if (injector == null) {
			injector = new GongkaiStandaloneSetup().createInjectorAndDoEMFRegistration();
		}
		return injector;
	}
}
