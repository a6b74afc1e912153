package org.gongkai.language.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.gongkai.language.ui.preview.ReportPreviewView;

/** 打开预览: shows the view 报告预览 beside the editor, which keeps the focus; the view follows the active report editor. */
public class PreviewHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			page.showView(ReportPreviewView.ID, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			throw new ExecutionException("无法打开报告预览：" + e.getMessage(), e);
		}
		return null;
	}
}
