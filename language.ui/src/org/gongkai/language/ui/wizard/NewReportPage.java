package org.gongkai.language.ui.wizard;

import java.time.Year;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Path;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.ReportFormat;
import org.gongkai.language.template.Skeleton;
import org.gongkai.language.ui.workspace.WorkspaceReports;

/**
 * What {@code gongkai new} asks: the folder, the organ, the year, the level (by default judged from the organ's
 * name) and the format. The file is {@code {机关}{年度}.gongkai}; an existing file is never overwritten.
 */
final class NewReportPage extends WizardPage {

	/** The key under which each input control carries its field name (for tests and accessibility tools). */
	static final String FIELD = "org.gongkai.field";

	/** The formats, newest first. */
	private static final List<ReportFormat> FORMATS = Formats.ALL.stream().sorted((a, b) -> Integer.compare(b.id(), a.id())).toList();

	private final IContainer initialFolder;
	private Text folder;
	private Text organ;
	private Text year;
	private Combo level;
	private Combo format;
	private Label fileName;

	NewReportPage(IContainer initialFolder) {
		super("report");
		this.initialFolder = initialFolder;
		setTitle("Gongkai 年度报告");
		setDescription("新建一份政府信息公开工作年度报告（同 gongkai new）：六个部分齐全，表格为空，文字处为〔待填写〕。");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		folder = text(page, "文件夹：", "folder", initialFolder == null ? "" : initialFolder.getFullPath().makeRelative().toString());
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("浏览…");
		browse.addListener(SWT.Selection, e -> browse());
		organ = text(page, "机关名称：", "organ", "");
		organ.setMessage("如 甲县人民政府");
		new Label(page, SWT.NONE);
		year = text(page, "报告年度：", "year", String.valueOf(Year.now().getValue() - 1));
		new Label(page, SWT.NONE);
		level = combo(page, "级别：", "level", "按机关名称判断", OrganLevel.ALL.stream().map(l -> l.label() + "（" + l.term().keyword() + "）").toList());
		format = combo(page, "格式：", "format", null,
				FORMATS.stream().map(f -> f.id() + "：" + f.notice()).toList());
		format.select(FORMATS.indexOf(Formats.DEFAULT));
		new Label(page, SWT.NONE).setText("文件：");
		fileName = new Label(page, SWT.NONE);
		fileName.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		setControl(page);
		update();
	}

	/** The file to write; null while the input is incomplete. */
	IFile file() {
		IContainer container = container();
		String name = organName();
		Integer reportYear = year();
		if (container == null || name.isEmpty() || reportYear == null) {
			return null;
		}
		return container.getFile(new Path(Skeleton.fileName(name, reportYear)));
	}

	String skeleton() {
		return Skeleton.of(organName(), year(), reportFormat(), organLevel());
	}

	private void update() {
		IFile file = file();
		fileName.setText(file == null ? "" : file.getFullPath().makeRelative().toString());
		fileName.getParent().layout();
		setErrorMessage(problem(file));
		setPageComplete(getErrorMessage() == null);
	}

	private String problem(IFile file) {
		if (container() == null) {
			return "请选择一个已有的项目或文件夹";
		}
		if (organName().isEmpty()) {
			return "请填写机关名称";
		}
		if (organ.getText().contains("\n") || organ.getText().contains("\r")) {
			return "机关名称须是一行";
		}
		if (year() == null) {
			return "报告年度须是四位数的年份，如 2024";
		}
		if (WorkspaceReports.taken(file)) {
			return file.getName() + " 已存在，不会覆盖";
		}
		return null;
	}

	private IContainer container() {
		String path = folder.getText().strip();
		if (path.isEmpty()) {
			return null;
		}
		IResource resource = ResourcesPlugin.getWorkspace().getRoot().findMember(new Path(path));
		return resource instanceof IContainer container && resource.getType() != IResource.ROOT && container.isAccessible() ? container : null;
	}

	private String organName() {
		return organ.getText().strip();
	}

	private Integer year() {
		String text = year.getText().strip();
		return text.matches("\\d{4}") && Integer.parseInt(text) >= 1000 ? Integer.valueOf(text) : null;
	}

	private OrganLevel organLevel() {
		int index = level.getSelectionIndex();
		return index <= 0 ? OrganLevel.fromOrganName(organName()) : OrganLevel.ALL.get(index - 1);
	}

	private ReportFormat reportFormat() {
		return FORMATS.get(Math.max(0, format.getSelectionIndex()));
	}

	private void browse() {
		ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), container(), false, "选择报告所在的文件夹：");
		if (dialog.open() == ContainerSelectionDialog.OK && dialog.getResult().length > 0) {
			folder.setText(((org.eclipse.core.runtime.IPath) dialog.getResult()[0]).makeRelative().toString());
		}
	}

	private Text text(Composite page, String label, String field, String initial) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER | SWT.SINGLE);
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.setText(initial);
		text.setData(FIELD, field);
		text.addListener(SWT.Modify, e -> update());
		return text;
	}

	private Combo combo(Composite page, String label, String field, String first, List<String> items) {
		new Label(page, SWT.NONE).setText(label);
		Combo combo = new Combo(page, SWT.READ_ONLY);
		if (first != null) {
			combo.add(first);
		}
		items.forEach(combo::add);
		combo.select(0);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		combo.setData(FIELD, field);
		combo.addListener(SWT.Modify, e -> update());
		combo.addListener(SWT.Selection, e -> update());
		return combo;
	}
}
