package org.gongkai.language.tests.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.tools.attach.VirtualMachine;

/**
 * What another process on this machine uses: the heap of a JVM, read through the JDK's Attach API and its platform
 * MXBeans after a full GC (so that what is left is what the process holds on to), and CPU time. Public for the
 * workbench's figures (org.gongkai.workbench.bench.WorkbenchFigures).
 */
public final class ProcessUsage {

	/** USER_HZ, the unit of the CPU times in /proc: 100 on every Linux architecture Java runs on. */
	private static final long CLOCK_TICKS = 100;

	/**
	 * Heap after a full GC, the heap the JVM has taken from the system, its maximum, the highest use so far (the sum of
	 * the heap pools' peaks); the process's resident set.
	 */
	public record Heap(long usedBytes, long committedBytes, long maxBytes, long peakBytes, long residentBytes) {
	}

	public static Heap afterFullGc(long pid) throws Exception {
		VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
		try {
			String address = vm.startLocalManagementAgent();
			try (JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address))) {
				MBeanServerConnection connection = connector.getMBeanServerConnection();
				long peak = 0;
				for (MemoryPoolMXBean pool : ManagementFactory.getPlatformMXBeans(connection, MemoryPoolMXBean.class)) {
					if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
						peak += pool.getPeakUsage().getUsed();
					}
				}
				MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connection,
						ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
				memory.gc();
				MemoryUsage heap = memory.getHeapMemoryUsage();
				return new Heap(heap.getUsed(), heap.getCommitted(), heap.getMax(), peak, residentBytes(pid));
			}
		} finally {
			vm.detach();
		}
	}

	/** CPU time the process has used (all threads, user and system), from /proc (Linux), or −1 elsewhere. */
	public static long cpuNanos(long pid) throws IOException {
		Path stat = Path.of("/proc", Long.toString(pid), "stat");
		if (!Files.isReadable(stat)) {
			return -1;
		}
		// the fields after the command (which may hold spaces) in parentheses; utime and stime are the 12th and 13th
		String line = Files.readString(stat);
		String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
		return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * (1_000_000_000L / CLOCK_TICKS);
	}

	/** VmRSS from /proc (Linux), or −1 elsewhere. */
	private static long residentBytes(long pid) throws IOException {
		Path status = Path.of("/proc", Long.toString(pid), "status");
		if (!Files.isReadable(status)) {
			return -1;
		}
		for (String line : Files.readAllLines(status)) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
			}
		}
		return -1;
	}

	private ProcessUsage() {
	}
}
