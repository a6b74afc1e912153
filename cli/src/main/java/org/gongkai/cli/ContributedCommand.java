package org.gongkai.cli;

/**
 * A subcommand that lives in a module built on this one (the browser workbench, the summary): it implements this
 * interface, carries picocli's {@code @Command}, and is named in
 * {@code META-INF/services/org.gongkai.cli.ContributedCommand}. The command line adds whatever the class
 * path provides; loading the class must not load its libraries (those are loaded when the command runs).
 */
public interface ContributedCommand {
}
