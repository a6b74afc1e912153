package org.gongkai.classfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** the lines of a dump that name no frame error, as JDK 25 writes them */
class DumpLogTest {

	@Test
	void tellsClassesLackingAClassFromClassesNeverVerified() {
		DumpLog.Outcome outcome = DumpLog.read(List.of(
				"[0.3s][info][class,init] Start class verification for: a.Ok",
				"[0.3s][info][class,init] End class verification for: a.Ok",
				"[0.3s][info][class,init] Start class verification for: a.Reader",
				"[0.3s][info][class,init] Verification for a.Reader has exception pending"
						+ " 'java.lang.NoClassDefFoundError org/eclipse/core/runtime/IRegistryChangeListener'",
				"[0.3s][info][class,init] End class verification for: a.Reader",
				"[0.3s][warning][cds] Preload Warning: Verification failed for a.SubReader",
				"[0.3s][warning][cds] java.lang.NoClassDefFoundError: org/eclipse/core/runtime/Plugin",
				"[0.3s][warning][cds] Preload Warning: Cannot find a/Plugin$Implementation",
				"[0.3s][info][class,init] Verification for a.Odd has exception pending 'java.lang.ClassFormatError x'"),
				List.of("a/Ok", "a/Reader", "a/SubReader", "a/Plugin$Implementation", "a/Odd", "a/Unseen"));
		assertEquals(List.of("a.Ok"), outcome.verified());
		assertEquals(List.of("a.Reader", "a.SubReader", "a.Plugin$Implementation"), outcome.lackingClasses());
		assertEquals(List.of("a.Odd: java.lang.ClassFormatError x", "a.Unseen: not verified by the dump"),
				outcome.errors());
	}
}
