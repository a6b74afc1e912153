package org.gongkai.language.ide.output;

/** A problem outside the reports (exit status 2), with the one Chinese line that explains it. */
public class CliProblem extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CliProblem(String message) {
		super(message);
	}

	/** What went wrong beyond a file's own problem, in Chinese and with what to do, without Java's names. */
	public static String describe(Throwable e) {
		if (e instanceof StackOverflowError) {
			return "文件中有过长的单词或嵌套过深的内容，超出了处理能力；请检查并改短它";
		}
		if (e instanceof OutOfMemoryError) {
			return "内存不足；请分批处理，或用 GONGKAI_JAVA_OPTS=-Xmx4g 给 Gongkai 更多内存";
		}
		return "Gongkai 内部错误；请把这个文件和所用的命令发给 Gongkai 的维护者";
	}
}
