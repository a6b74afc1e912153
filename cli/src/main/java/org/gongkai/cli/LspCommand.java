package org.gongkai.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;

import org.gongkai.language.ide.server.GongkaiServerModule;
import org.gongkai.language.ide.server.ServerLauncherBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code gongkai lsp}: Xtext's language server ({@link GongkaiServerModule}) on stdin/stdout. The languages come from
 * META-INF/services/org.eclipse.xtext.ISetup (GongkaiIdeSetup). stdout carries only JSON-RPC: logging is configured to
 * stderr before anything loads ({@link GongkaiCli#main}), and System.out is pointed at stderr before the server starts,
 * so any stray print goes there too. Launched as Xtext's ServerLauncher launches it, plus what
 * {@link ServerLauncherBuilder} adds: messages validated, and every request answered, an error when it fails or its
 * params do not read. Takes the options LSP clients add to the command (vscode-languageclient's {@code --stdio} and
 * {@code --clientProcessId}), and ends when the client's process does.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "在标准输入输出上运行语言服务器（Language Server Protocol），供编辑器使用。",
				"标准输出只传协议消息；日志写到标准错误。客户端发出 exit 后退出。" })
public class LspCommand implements Callable<Integer> {

	/** The status when the client's process ended without asking the server to exit, as LSP's exit without shutdown. */
	static final int CLIENT_GONE = 1;

	@Option(names = "--stdio", description = "经标准输入输出通信（默认，也是唯一的方式；编辑器的语言客户端会加上此选项）")
	boolean stdio;

	@Option(names = "--clientProcessId", paramLabel = "PID",
			description = "编辑器（客户端）的进程号：该进程结束时语言服务器随之退出；进程号不存在时忽略")
	Long clientProcessId;

	@Override
	public Integer call() throws InterruptedException, ExecutionException {
		if (clientProcessId != null) {
			ProcessHandle.of(clientProcessId).ifPresent(client -> client.onExit().thenRun(() -> System.exit(CLIENT_GONE)));
		}
		FileOutputStream out = new FileOutputStream(FileDescriptor.out);
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
		ServerLauncherBuilder.serve(new FileInputStream(FileDescriptor.in), out).startListening().get();
		return GongkaiCli.OK;
	}
}
