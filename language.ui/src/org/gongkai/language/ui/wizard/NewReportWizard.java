package org.gongkai.language.ui.wizard;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.gongkai.language.ui.editor.ReportEditors;

/** 新建 → Gongkai 年度报告: writes the skeleton of {@code gongkai new} and opens it; never overwrites a file. */
public class NewReportWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private NewReportPage page;

	public NewReportWizard() {
		setWindowTitle("新建 Gongkai 年度报告");
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		IResource selected = selection == null ? null : Adapters.adapt(selection.getFirstElement(), IResource.class);
		IContainer folder = selected instanceof IContainer container ? container : selected == null ? null : selected.getParent();
		page = new NewReportPage(folder);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.file();
		try {
			// force=false: fails rather than overwrite a file that appeared meanwhile
			file.create(new ByteArrayInputStream(page.skeleton().getBytes(StandardCharsets.UTF_8)), false, null);
		} catch (CoreException e) {
			page.setErrorMessage("无法创建 " + file.getName() + "：" + e.getStatus().getMessage());
			return false;
		}
		ReportEditors.open(workbench == null ? null : workbench.getActiveWorkbenchWindow(), file);
		return true;
	}
}
