package org.gongkai.language.ide.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.commands.IExecutableCommandService;
import org.eclipse.xtext.util.CancelIndicator;
import org.gongkai.language.template.Formats;
import org.gongkai.language.template.OrganLevel;
import org.gongkai.language.template.Skeleton;

/**
 * {@code workspace/executeCommand} {@value #ID} with a folder's URI, the organ, the year and optionally the level
 * ({@code government|department|township}; else read from the organ's name): writes {@code gongkai new}'s skeleton into
 * the folder under its name, never over a file, and returns the new file's URI for the client to open. A refusal is
 * shown to the user (window/showMessage).
 */
public class NewReportCommand implements IExecutableCommandService {

	public static final String ID = "gongkai.lsp.newReport";

	@Override
	public List<String> initialize() {
		return List.of(ID);
	}

	@Override
	public Object execute(ExecuteCommandParams params, ILanguageServerAccess access, CancelIndicator cancelIndicator) {
		return NewReportFile.answer(access, "未能新建报告：", () -> create(params.getArguments()));
	}

	private static NewReportFile create(List<Object> arguments) {
		Path folder = folder(CommandArguments.uri(arguments, "命令 " + ID + " 的参数应为：文件夹的 URI、机关名称、年度[、级别]"));
		String organ = one(CommandArguments.at(arguments, 1), "机关名称");
		int year = year(one(CommandArguments.at(arguments, 2), "年度"));
		Skeleton.problem(organ, year).ifPresent(problem -> {
			throw new Refusal(problem);
		});
		List<String> levels = CommandArguments.strings(CommandArguments.at(arguments, 3));
		String name = organ.strip();
		OrganLevel level = levels.isEmpty() || levels.get(0).isBlank() ? OrganLevel.fromOrganName(name)
				: OrganLevel.byKeyword(levels.get(0)).orElseThrow(() -> new Refusal("不认识的级别 " + levels.get(0)
						+ "（应为 government 本级政府、department 部门或 township 乡镇）"));
		return NewReportFile.write(folder.resolve(Skeleton.fileName(name, year)), Skeleton.of(name, year, Formats.DEFAULT, level));
	}

	private static Path folder(String uri) {
		URI parsed = URI.createURI(uri);
		if (!parsed.isFile()) {
			throw new Refusal("报告须写在本机的文件夹中：" + uri);
		}
		Path folder = Path.of(parsed.toFileString());
		if (!Files.isDirectory(folder)) {
			throw new Refusal("文件夹不存在：" + folder);
		}
		return folder;
	}

	private static String one(Object argument, String what) {
		List<String> values = CommandArguments.strings(argument);
		if (values.size() != 1) {
			throw new Refusal("须给出" + what);
		}
		return values.get(0);
	}

	private static int year(String text) {
		try {
			return Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
