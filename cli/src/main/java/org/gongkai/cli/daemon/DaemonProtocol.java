package org.gongkai.cli.daemon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What a client and the daemon say over the socket. The client: the protocol's number, its working folder, whether its
 * stderr is a terminal, the command's arguments. The daemon: frames of the command's stdout and stderr as they are
 * written, then one frame with the exit status.
 */
final class DaemonProtocol {

	/** Another number when what is said changes; the daemon folder's name already keeps jars apart. */
	private static final int VERSION = 1;
	static final byte OUT = 1;
	static final byte ERR = 2;
	static final byte EXIT = 3;

	record Request(String workingFolder, boolean interactive, List<String> arguments) {
	}

	private DaemonProtocol() {
	}

	static void write(Request request, DataOutputStream out) throws IOException {
		out.writeInt(VERSION);
		out.writeUTF(request.workingFolder());
		out.writeBoolean(request.interactive());
		out.writeInt(request.arguments().size());
		for (String argument : request.arguments()) {
			out.writeUTF(argument);
		}
		out.flush();
	}

	static Request read(DataInputStream in) throws IOException {
		if (in.readInt() != VERSION) {
			throw new IOException("another protocol");
		}
		String folder = in.readUTF();
		boolean interactive = in.readBoolean();
		int count = in.readInt();
		List<String> arguments = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			arguments.add(in.readUTF());
		}
		return new Request(folder, interactive, arguments);
	}

	/** The daemon's side: an output stream whose bytes go out as frames of one kind. */
	static OutputStream frames(DataOutputStream channel, byte kind) {
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				synchronized (channel) {
					channel.writeByte(kind);
					channel.writeInt(length);
					channel.write(bytes, offset, length);
					channel.flush();
				}
			}
		};
	}

	static void writeExit(DataOutputStream channel, int status) throws IOException {
		synchronized (channel) {
			channel.writeByte(EXIT);
			channel.writeInt(status);
			channel.flush();
		}
	}
}
