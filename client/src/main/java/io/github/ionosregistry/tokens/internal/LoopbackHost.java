package io.github.ionosregistry.tokens.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether the host of an API URL is this machine by what it says, not by what a name server answers: the name
 * {@code localhost}, an IPv4 literal in {@code 127.0.0.0/8}, or the IPv6 literal {@code ::1}. Only there may the
 * client talk plain http; a name that merely starts with {@code 127.} or ends with {@code .localhost} goes wherever
 * DNS points, and needs https.
 */
final class LoopbackHost {

	private static final Pattern IPV4_LITERAL = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

	private static final Pattern IPV6_LITERAL = Pattern.compile("^\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*]?$");

	private LoopbackHost() {
	}

	static boolean is(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		if (name.equals("localhost")) {
			return true;
		}
		boolean ipv4 = IPV4_LITERAL.matcher(name).matches();
		if (!ipv4 && !IPV6_LITERAL.matcher(name).matches()) {
			return false;
		}
		try {
			// A literal: read as it is written, never looked up.
			return InetAddress.getByName(name.startsWith("[") ? name.substring(1, name.length() - 1) : name)
				.isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
