package org.gongkai.classfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a class-data dump ({@code -Xshare:dump}, logging {@code cds=warning,class+init=info}) says of the classes it was
 * given: which the new verifier passed, which could not be linked because they need a class the jar lacks (they cannot
 * be linked at run time either, whatever their version), and which went wrong: the new verifier rejected their frames
 * (a dump does not fall back on the old verifier, as a run would), verification failed for any other reason, or the
 * dump never verified them.
 */
final class DumpLog {

	record Outcome(List<String> verified, List<String> lackingClasses, List<String> errors) {
	}

	private static final Pattern END = Pattern.compile("End class verification for: (\\S+)");
	private static final Pattern REJECTED = Pattern.compile("Verification for (\\S+) failed");
	private static final Pattern FAIL_OVER = Pattern.compile("Fail over class verification to old verifier for: (\\S+)");
	private static final Pattern PENDING = Pattern.compile("Verification for (\\S+) has exception pending '(\\S+) ?(.*)'");
	private static final Pattern FAILED = Pattern.compile("Verification failed for (\\S+)");
	private static final Pattern CANNOT_FIND = Pattern.compile("Cannot find (\\S+)");

	/** @param classes internal names, as the class list has them */
	static Outcome read(List<String> lines, List<String> classes) {
		Set<String> ended = new HashSet<>();
		Set<String> failed = new HashSet<>();
		Map<String, String> errors = new HashMap<>();
		for (String line : lines) {
			Matcher m;
			if ((m = END.matcher(line)).find()) {
				ended.add(m.group(1));
			} else if ((m = REJECTED.matcher(line)).find() || (m = FAIL_OVER.matcher(line)).find()) {
				errors.put(m.group(1), "the new verifier rejects its stack map frames");
			} else if ((m = PENDING.matcher(line)).find()) {
				failed.add(m.group(1));
				if (!m.group(2).equals("java.lang.NoClassDefFoundError")) {
					errors.put(m.group(1), m.group(2) + " " + m.group(3));
				}
			} else if ((m = FAILED.matcher(line)).find() || (m = CANNOT_FIND.matcher(line)).find()) {
				failed.add(m.group(1).replace('/', '.'));
			}
		}
		List<String> verified = new ArrayList<>();
		List<String> lacking = new ArrayList<>();
		List<String> wrong = new ArrayList<>();
		for (String internalName : classes) {
			String name = internalName.replace('/', '.');
			if (errors.containsKey(name)) {
				wrong.add(name + ": " + errors.get(name));
			} else if (failed.contains(name)) {
				lacking.add(name);
			} else if (ended.contains(name)) {
				verified.add(name);
			} else {
				wrong.add(name + ": not verified by the dump");
			}
		}
		return new Outcome(verified, lacking, wrong);
	}

	private DumpLog() {
	}
}
