package org.gongkai.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.naming.IQualifiedNameConverter;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;

import org.gongkai.language.ide.input.HeaderScan;
import org.gongkai.language.ide.input.InputFile;
import org.gongkai.language.ide.input.ReportFileConverter;
import org.gongkai.language.ide.input.ReportText;
import org.gongkai.language.ide.output.CliProblem;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Validates report files on all cores. Phase 1 reads every file (given and context) and keeps only its
 * exported names — from its tokens ({@link HeaderScan}), or from a parse when they are not plain; the names
 * form one shared index. Phase 2 parses and validates the given files an organ at a time, in year order
 * ({@link OrganChains}), so last year's report is usually loaded already; otherwise it is loaded on demand. Every worker
 * thread has its own resource sets (they are not thread-safe) and empties them after each file, so
 * memory stays bounded however many files there are.
 */
final class BatchValidator {

	/**
	 * @param problems files that could not be read or checked, one Chinese line each (exit status 2); the other files
	 *            were checked all the same
	 * @param checked how many of the given files were checked to the end
	 */
	record Result(List<FileDiagnostic> diagnostics, List<String> problems, int checked) {
	}

	/** Phase 1's outcome for a file: its index entry, or why it cannot be read; and what its encoding needed. */
	private record Indexed(IndexEntry entry, String problem, List<FileDiagnostic> warnings) {
	}

	private record Checked(List<FileDiagnostic> diagnostics, List<String> problems) {
	}

	/**
	 * The texts of given reports as phase 1 read them, each taken by the resource set that parses it in phase 2, so
	 * that a file is read and decoded once; up to {@link #KEPT_CHARS} characters in all (a few thousand reports), the
	 * other files are read again.
	 */
	private static final class ReadTexts {
		private final Map<URI, String> texts = new ConcurrentHashMap<>();
		private final AtomicLong chars = new AtomicLong();

		void keep(URI file, String text) {
			if (chars.addAndGet(text.length()) <= KEPT_CHARS) {
				texts.put(file, text);
			} else {
				chars.addAndGet(-text.length());
			}
		}

		String take(URI file) {
			return texts.remove(file);
		}
	}

	/** The code of the warning that a file was read in another encoding than UTF-8. */
	static final String ENCODING = "encoding";
	private static final int PARALLEL_FROM = 16;
	/** 16 M characters: 32 MB at most. */
	private static final long KEPT_CHARS = 16L << 20;
	private static final long WORKER_STACK = 16L << 20;

	private final Provider<XtextResourceSet> resourceSets;
	private final IResourceFactory resourceFactory;
	private final IResourceDescription.Manager descriptionManager;
	private final FailClosedValidator validator;
	private final IQualifiedNameConverter names;
	private final TablePlaces places;
	private final BiConsumer<InputFile, Resource> checkedReport;

	BatchValidator(Injector injector) {
		this(injector, (file, resource) -> { });
	}

	/** {@code checkedReport}: given each given report while it is loaded, after its validation, on a worker thread. */
	BatchValidator(Injector injector, BiConsumer<InputFile, Resource> checkedReport) {
		this.checkedReport = checkedReport;
		resourceSets = injector.getProvider(XtextResourceSet.class);
		resourceFactory = injector.getInstance(IResourceFactory.class);
		descriptionManager = injector.getInstance(IResourceDescription.Manager.class);
		validator = injector.getInstance(FailClosedValidator.class);
		names = injector.getInstance(IQualifiedNameConverter.class);
		places = new TablePlaces(injector);
	}

	Result validate(List<InputFile> given, List<InputFile> context, Progress progress) {
		List<InputFile> all = new ArrayList<>(given);
		all.addAll(context);
		int threads = all.size() < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
		ExecutorService pool = Executors.newFixedThreadPool(threads,
				task -> daemon(new Thread(null, task, "gongkai-worker", WORKER_STACK)));
		try {
			Progress.Phase reading = progress.phase("已读取", all.size());
			ReadTexts texts = new ReadTexts();
			List<Indexed> indexed = inParallel(pool, all, () -> newResourceSet(null, null),
					(file, resourceSet) -> index(file, resourceSet, texts), file -> reading.step(), reading);
			List<String> problems = new ArrayList<>(indexed.stream().map(Indexed::problem).filter(Objects::nonNull).toList());
			List<FileDiagnostic> diagnostics = new ArrayList<>(
					indexed.stream().flatMap(i -> i.warnings().stream()).toList());
			List<InputFile> readable = new ArrayList<>();
			for (int i = 0; i < given.size(); i++) {
				if (indexed.get(i).problem() == null) {
					readable.add(given.get(i));
				}
			}
			ResourceDescriptionsData index = new ResourceDescriptionsData(
					indexed.stream().map(Indexed::entry).filter(Objects::nonNull).map(IResourceDescription.class::cast).toList());
			Progress.Phase checking = progress.phase("已检查", readable.size());
			List<Checked> checked = inParallel(pool, OrganChains.of(readable, index),
					() -> newResourceSet(index, texts), (chain, resourceSet) -> check(chain, resourceSet, checking), chain -> { }, checking);
			checked.forEach(chain -> {
				diagnostics.addAll(chain.diagnostics());
				problems.addAll(chain.problems());
			});
			diagnostics.sort(FileDiagnostic.ORDER);
			return new Result(diagnostics, problems, given.size() - problems.size());
		} finally {
			pool.shutdownNow();
		}
	}

	private Indexed index(InputFile file, XtextResourceSet resourceSet, ReadTexts texts) {
		ReportText read;
		List<FileDiagnostic> warnings = new ArrayList<>();
		try {
			if (file.published()) {
				PublishedInput.Read imported = PublishedInput.read(file);
				read = imported.text();
				warnings.addAll(imported.doubts());
			} else {
				read = ReportText.read(file.path());
			}
		} catch (IOException e) {
			return new Indexed(null, file.given() ? (file.published() ? "无法导入 " : "无法读取 ") + file.display() + "："
					+ ReportFiles.reason(e) : null, List.of());
		}
		String text = read.text();
		if (file.given() && !file.published()) {
			texts.keep(file.uri(), text);
		}
		if (file.given() && read.warning() != null) {
			warnings.add(new FileDiagnostic(file.display(), 1, 1, 1, 1, "warning", ENCODING, read.warning()));
		}
		List<FileDiagnostic> warning = file.given() ? warnings : List.of();
		Optional<HeaderScan.Header> header = HeaderScan.scan(text);
		if (header.isPresent()) {
			return new Indexed(IndexEntry.of(file.uri(), header.get(), names), null, warning);
		}
		try {
			Resource resource = resourceFactory.createResource(file.uri());
			resourceSet.getResources().add(resource);
			resource.load(new LazyStringInputStream(text, "UTF-8"), resourceSet.getLoadOptions());
			return new Indexed(IndexEntry.copyOf(descriptionManager.getResourceDescription(resource)), null, warning);
		} catch (IOException | RuntimeException | StackOverflowError e) {
			return new Indexed(null, file.given() ? "读取 " + file.display() + " 时出错：" + GongkaiCli.describe(e) : null, List.of());
		} finally {
			clear(resourceSet);
		}
	}

	/**
	 * Validates one organ's reports in year order. After each, only that report stays loaded: it is the next one's
	 * last-year report, found in the resource set instead of parsed again.
	 */
	private Checked check(List<InputFile> chain, XtextResourceSet resourceSet, Progress.Phase progress) {
		List<FileDiagnostic> diagnostics = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try {
			for (InputFile file : chain) {
				try {
					Resource resource = resourceSet.getResource(file.uri(), true);
					validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl).stream()
							.filter(issue -> issue.getSeverity() == Severity.ERROR || issue.getSeverity() == Severity.WARNING)
							.map(issue -> file.published() ? FileDiagnostic.of(file.display(), places.place(resource, issue), issue)
									: FileDiagnostic.of(file.display(), issue))
							.forEach(diagnostics::add);
					checkedReport.accept(file, resource);
					resourceSet.getResources().retainAll(List.of(resource));
				} catch (RuntimeException | StackOverflowError e) {
					problems.add("检查 " + file.display() + " 时出错，检查没有完成：" + GongkaiCli.describe(rootCause(e)));
					clear(resourceSet);
				} finally {
					progress.step();
				}
			}
			return new Checked(diagnostics, problems);
		} finally {
			clear(resourceSet);
		}
	}

	/** {@code texts}: files read already, or null. */
	private XtextResourceSet newResourceSet(ResourceDescriptionsData index, ReadTexts texts) {
		XtextResourceSet resourceSet = resourceSets.get();
		resourceSet.setURIConverter(texts == null ? new ReportFileConverter() : new ReportFileConverter(texts::take));
		// a report given under another extension is parsed as a report too
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				resourceFactory);
		if (index != null) {
			ResourceDescriptionsData.ResourceSetAdapter.installResourceDescriptionsData(resourceSet, index);
		}
		return resourceSet;
	}

	private static <I, T> List<T> inParallel(ExecutorService pool, List<I> items, Supplier<XtextResourceSet> newResourceSet,
			BiFunction<I, XtextResourceSet, T> task, Consumer<I> done, Progress.Phase progress) {
		ThreadLocal<XtextResourceSet> resourceSet = ThreadLocal.withInitial(newResourceSet);
		List<Future<T>> futures = new ArrayList<>(items.size());
		for (I item : items) {
			futures.add(pool.submit(() -> {
				try {
					return task.apply(item, resourceSet.get());
				} catch (CliProblem e) {
					throw e;
				} catch (RuntimeException | StackOverflowError e) {
					throw new CliProblem("检查 " + name(item) + " 时出错：" + GongkaiCli.describe(rootCause(e)));
				} finally {
					done.accept(item);
				}
			}));
		}
		List<T> results = new ArrayList<>(items.size());
		try {
			for (Future<T> future : futures) {
				results.add(future.get());
			}
		} catch (ExecutionException e) {
			throw e.getCause() instanceof RuntimeException r ? r : new CliProblem(GongkaiCli.describe(e.getCause()));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CliProblem("已中断");
		} finally {
			progress.done();
		}
		return results;
	}

	/**
	 * Drops the resources without unloading them: nothing outside the set refers to their objects, so the garbage
	 * collector takes them. Resource.unload() would turn every object into a proxy (a URI fragment each, interned in
	 * EMF's weak URI pool), which took as long as parsing the file.
	 */
	private static void clear(XtextResourceSet resourceSet) {
		resourceSet.getResources().clear();
	}

	private static String name(Object item) {
		if (item instanceof List<?> chain && !chain.isEmpty()) {
			return name(chain.get(0));
		}
		return item instanceof InputFile file ? file.display() : String.valueOf(item);
	}

	private static Throwable rootCause(Throwable e) {
		Throwable cause = e;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		return cause;
	}

	private static Thread daemon(Thread thread) {
		thread.setDaemon(true);
		return thread;
	}
}
