package org.gongkai.language.ui.wizard;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.gongkai.language.ui.workspace.NextYearReports;
import org.gongkai.language.ui.workspace.WorkspaceReports;

/** Which of the workspace's reports is last year's; the page shows the file next year's report becomes. */
final class NextYearPage extends WizardPage {

	private final IFile initial;
	private List<IFile> reports;
	private org.eclipse.swt.widgets.List list;
	private Label fileName;

	NextYearPage(IFile initial) {
		super("nextYear");
		this.initial = initial;
		setTitle("从上年报告开始");
		setDescription("由上年的报告开始下一年度的报告（同 gongkai new --from），写在上年报告旁，不覆盖已有的文件。");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		Label label = new Label(page, SWT.NONE);
		label.setText("上年报告：");
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		list = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
		list.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		list.setData(NewReportPage.FIELD, "last");
		reports = WorkspaceReports.all().stream().sorted(Comparator.comparing(file -> file.getFullPath().toString())).toList();
		reports.forEach(file -> list.add(file.getFullPath().makeRelative().toString()));
		if (initial != null && reports.contains(initial)) {
			list.select(reports.indexOf(initial));
			list.showSelection();
		}
		list.addListener(SWT.Selection, e -> update());
		new Label(page, SWT.NONE).setText("文件：");
		fileName = new Label(page, SWT.NONE);
		fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label taken = new Label(page, SWT.WRAP);
		taken.setText("机关、级别、范围、网站和联系方式沿用上年；上年结转取自上年的结转下年度，现行有效件数取自上年；本年的数字和文字另行填写。");
		GridData wrap = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		wrap.widthHint = 480;
		taken.setLayoutData(wrap);
		setControl(page);
		update();
	}

	/** Last year's report as chosen; the page is complete only with one. */
	IFile last() {
		int index = list.getSelectionIndex();
		return index < 0 ? null : reports.get(index);
	}

	private void update() {
		NextYearReports.Plan plan = last() == null ? null : NextYearReports.plan(last());
		fileName.setText(plan == null || plan.file() == null ? "" : plan.file().getFullPath().makeRelative().toString());
		fileName.getParent().layout();
		setErrorMessage(reports.isEmpty() ? "工作空间中没有年度报告（.gongkai）" : plan == null ? null : plan.problem());
		setPageComplete(plan != null && plan.problem() == null);
	}
}
