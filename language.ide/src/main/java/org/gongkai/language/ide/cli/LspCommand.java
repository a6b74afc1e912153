package org.gongkai.language.ide.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import org.eclipse.xtext.ide.server.LaunchArgs;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.gongkai.language.ide.server.GongkaiServerModule;

import com.google.inject.Guice;

import picocli.CommandLine.Command;

/**
 * {@code gongkai lsp}: Xtext's language server ({@link GongkaiServerModule}) on stdin/stdout. The languages come from
 * META-INF/services/org.eclipse.xtext.ISetup (GongkaiIdeSetup). stdout carries only JSON-RPC: System.out is pointed
 * at stderr before the server starts, so Xtext's "Language Server is starting" and any stray print go there.
 */
@Command(name = "lsp", mixinStandardHelpOptions = true,
		description = { "在标准输入输出上运行语言服务器（Language Server Protocol），供编辑器使用。",
				"标准输出只传协议消息；日志写到标准错误。客户端发出 exit 后退出。" })
public class LspCommand implements Callable<Integer> {

	@Override
	public Integer call() {
		InputStream in = new FileInputStream(FileDescriptor.in);
		OutputStream out = new FileOutputStream(FileDescriptor.out);
		System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
		LaunchArgs args = new LaunchArgs();
		args.setIn(in);
		args.setOut(out);
		args.setValidate(true);
		ServerLauncher launcher = Guice.createInjector(new GongkaiServerModule()).getInstance(ServerLauncher.class);
		launcher.start(args);
		return GongkaiCli.OK;
	}
}
