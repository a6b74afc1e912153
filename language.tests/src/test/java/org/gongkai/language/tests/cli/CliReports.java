package org.gongkai.language.tests.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reports for the command-line tests, and writing them into a folder. */
final class CliReports {

	private CliReports() {
	}

	/** 甲县 2023: 5 applications, all carried over to 2024. No diagnostics. */
	static final String JIA_2023 = """
			report "甲2023" {
			  organ "甲县人民政府"
			  year 2023
			  issued 2024-01-20
			  section overview {
			    active "主动公开。" apply "依申请公开。" management "政府信息管理。" platform "平台建设。" oversight "监督保障。"
			  }
			  section active < >
			  section apply <
			    natural: new 5, next 5
			  >
			  section review < >
			  section problems "无。"
			  section other "本年度未收取信息处理费。政府信息公开工作已纳入绩效考核。"
			}
			""";

	/** 甲县 2024, naming last year's report {@code PREVIOUS} and carrying over {@code CARRIED} applications. */
	static String jia2024(String previous, int carried) {
		return """
				report "甲2024" {
				  organ "甲县人民政府"
				  year 2024
				  issued 2025-01-20
				  PREVIOUS
				  section overview {
				    active "主动公开。" apply "依申请公开。" management "政府信息管理。" platform "平台建设。" oversight "监督保障。"
				  }
				  section active < >
				  section apply <
				    natural: new 1, carried CARRIED, granted SUM
				  >
				  section review < >
				  section problems "无。"
				  section other "本年度未收取信息处理费。政府信息公开工作已纳入绩效考核。"
				}
				""".replace("PREVIOUS", previous == null ? "" : "previous \"" + previous + "\"")
				.replace("CARRIED", Integer.toString(carried))
				.replace("SUM", Integer.toString(carried + 1));
	}

	/** A valid report of organ {@code 机关N} for {@code year}; with {@code unbalanced}, one apply.balance error. */
	static String numbered(int n, int year, boolean unbalanced) {
		return """
				report "机关N-YEAR" {
				  organ "机关N"
				  year YEAR
				  issued NEXT-01-20
				  section overview {
				    active "主动公开。" apply "依申请公开。" management "政府信息管理。" platform "平台建设。" oversight "监督保障。"
				  }
				  section active < >
				  section apply <
				    natural: new 2, granted 2, total GRANTED
				  >
				  section review < >
				  section problems "无。"
				  section other "本年度未收取信息处理费。政府信息公开工作已纳入绩效考核。"
				}
				""".replace("NEXT", Integer.toString(year + 1)).replace("YEAR", Integer.toString(year))
				.replace("GRANTED", unbalanced ? "3" : "2").replace("N", Integer.toString(n));
	}

	static Path write(Path folder, String name, String text) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text, UTF_8);
	}

	static Path write(Path folder, String name, byte[] bytes) throws IOException {
		Path file = folder.resolve(name);
		Files.createDirectories(file.getParent());
		return Files.write(file, bytes);
	}
}
