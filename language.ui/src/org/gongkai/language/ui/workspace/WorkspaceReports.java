package org.gongkai.language.ui.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.Path;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.gongkai.language.ui.GongkaiLanguage;

/**
 * The workspace's report files and their current texts: the document of an open editor (unsaved changes included),
 * else the file's contents. A project is a set of reports, as a folder is for the command line: last year's report
 * is looked for, and report names must be unique, within the report's project.
 */
public final class WorkspaceReports {

	public static boolean isReport(IResource resource) {
		return resource != null && resource.getType() == IResource.FILE && GongkaiLanguage.EXTENSION.equals(resource.getFileExtension());
	}

	/** Every report file in the open projects. */
	public static List<IFile> all() {
		return all(ResourcesPlugin.getWorkspace().getRoot());
	}

	/** Every report file in a project (or folder, or the workspace). */
	public static List<IFile> all(IContainer container) {
		List<IFile> files = new ArrayList<>();
		if (!container.isAccessible()) {
			return files;
		}
		try {
			container.accept(proxy -> {
				if (proxy.getType() == IResource.FILE && proxy.getName().endsWith("." + GongkaiLanguage.EXTENSION)) {
					files.add((IFile) proxy.requestResource());
				}
				return true;
			}, IResource.NONE);
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
		return files;
	}

	/** Whether a file of that name is there, in the workspace or only on disk: a new file is never written over it. */
	public static boolean taken(IFile file) {
		IPath location = file.getLocation();
		return file.exists() || location != null && Files.exists(location.toPath(), LinkOption.NOFOLLOW_LINKS);
	}

	public static String text(IFile file) throws IOException {
		IDocument document = document(file);
		if (document != null) {
			return document.get();
		}
		try (InputStream in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (CoreException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Changes whenever {@link #text} may have changed. */
	static String stamp(IFile file) {
		IDocument document = document(file);
		if (document instanceof IDocumentExtension4 stamped) {
			return "document " + System.identityHashCode(document) + " " + stamped.getModificationStamp();
		}
		return "file " + file.getModificationStamp() + " " + file.getLocalTimeStamp();
	}

	public static URI uri(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	public static IFile file(URI uri) {
		return ResourcesPlugin.getWorkspace().getRoot().getFile(new Path(uri.toPlatformString(true)));
	}

	/** The file an editor's document belongs to, or null. */
	public static IFile file(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(buffer.getLocation());
		return isReport(resource) ? (IFile) resource : null;
	}

	private static IDocument document(IFile file) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
		return buffer == null ? null : buffer.getDocument();
	}

	private WorkspaceReports() {
	}
}
