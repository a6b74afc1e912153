package org.gongkai.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.gongkai.cli.ContributedCommand;
import org.gongkai.cli.GongkaiCli;
import org.gongkai.language.ide.output.CliProblem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gongkai serve [--port N] [--max-tabs N] [--no-browser] [DIR]} (LANGUAGE.md §7): the report workbench in a browser. Jetty is
 * loaded by {@link Workbench} when the command runs, not when the command line lists its commands.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
		description = {
				"在浏览器中打开年度报告工作台：编辑报告（随输入检查）、旁边实时预览成稿、新建、导入、下载 Word 等。",
				"只在本机（127.0.0.1）监听；第一行输出是带访问口令的地址，只有持这个地址的页面才能读写文件夹中的报告。",
				"文件夹（DIR，默认当前文件夹）就是工作区：只读写其中的 .gongkai 文件。按 Ctrl+C 停止。",
				"退出状态：2 用法错误、文件夹不存在或端口被占用。" })
public class ServeCommand implements Callable<Integer>, ContributedCommand {

	@Spec
	CommandSpec spec;

	@Option(names = "--port", paramLabel = "N", description = "监听的端口（默认任选一个空闲端口）")
	int port;

	@Option(names = "--max-tabs", paramLabel = "N", defaultValue = "" + Workbench.MAX_SESSIONS,
			description = "最多同时打开的工作台页面数（每个页面一个语言服务器会话，各占一份内存；默认 ${DEFAULT-VALUE}）")
	int maxTabs;

	@Option(names = "--no-browser", description = "不打开浏览器（只输出地址）")
	boolean noBrowser;

	@Parameters(arity = "0..1", paramLabel = "DIR", description = "工作区文件夹，默认当前文件夹")
	String folder;

	/** Held while the server runs: java.util.logging keeps its loggers weakly, and would forget the level. */
	private Logger protocolLog;

	@Override
	public Integer call() throws InterruptedException {
		Path workspace = Path.of(folder == null ? "." : folder);
		if (!Files.isDirectory(workspace)) {
			throw new CliProblem((folder == null ? "当前文件夹" : folder) + " 不是文件夹");
		}
		if (port < 0 || port > 65535) {
			throw new CliProblem("--port 须在 0 到 65535 之间");
		}
		if (maxTabs < 1) {
			throw new CliProblem("--max-tabs 须至少为 1");
		}
		// LSP4J logs a failed request with its stack trace; the page shows what failed, the terminal stays readable
		protocolLog = Logger.getLogger("org.eclipse.lsp4j");
		protocolLog.setLevel(Level.OFF);
		Workbench workbench = Workbench.start(workspace, port, maxTabs);
		spec.commandLine().getOut().println(workbench.address());
		spec.commandLine().getOut().flush();
		spec.commandLine().getErr().println("工作台已启动：" + workbench.folder() + "；在浏览器中打开上面的地址，按 Ctrl+C 停止。");
		spec.commandLine().getErr().flush();
		if (!noBrowser && !Browser.open(workbench.address())) {
			spec.commandLine().getErr().println("gongkai: 无法自动打开浏览器；请把上面的地址复制到浏览器中打开");
			spec.commandLine().getErr().flush();
		}
		workbench.join();
		return GongkaiCli.OK;
	}
}
