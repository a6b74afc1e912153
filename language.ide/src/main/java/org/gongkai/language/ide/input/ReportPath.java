package org.gongkai.language.ide.input;

import java.nio.file.Path;

/** A report file to print: its path as shown to the user, and its real path. */
public interface ReportPath {

	String display();

	Path path();
}
