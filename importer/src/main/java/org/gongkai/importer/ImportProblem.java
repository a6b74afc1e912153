package org.gongkai.importer;

import java.io.IOException;

/** A file that cannot be imported, with the reason and what to do, in Chinese (e.g. "未找到年度报告的表格"). */
public class ImportProblem extends IOException {

	private static final long serialVersionUID = 1L;

	public ImportProblem(String message) {
		super(message);
	}
}
