package io.github.ionosregistry.tokens.internal.rotation;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The names a rotation gives its tokens. A <em>base name</em> names what the tokens are for ({@code ci-pull}); the
 * rotation of a shared base name names its tokens {@code <base>-<yyyyMMddHHmmss>} (UTC, when made), a holder names
 * its own {@code <base>-<holder id>-<yyyyMMddHHmmss>}; the token named the base name itself belongs to the base name
 * too. A token name has at most 63 characters, so a base name has at most {@value #MAX_BASE_NAME_LENGTH}.
 */
public final class RotationNames {

	/** The length of a holder id: lower-case letters and digits. */
	public static final int HOLDER_ID_LENGTH = 6;

	/** The longest base name: 63 characters less a hyphen, a holder id, a hyphen and 14 digits. */
	public static final int MAX_BASE_NAME_LENGTH = 63 - 1 - HOLDER_ID_LENGTH - 1 - 14;

	private static final Pattern BASE_NAME = Pattern
		.compile("[A-Za-z][-A-Za-z0-9]{0," + (MAX_BASE_NAME_LENGTH - 2) + "}[A-Za-z0-9]");

	/** What may follow a base name in the name of one of its tokens: a holder id, then a stamp; or a stamp alone. */
	private static final Pattern SUFFIX = Pattern.compile("(?:-([a-z0-9]{" + HOLDER_ID_LENGTH + "}))?(-\\d{14})?");

	private static final Pattern STAMPED = Pattern
		.compile("(.+?)(?:-[a-z0-9]{" + HOLDER_ID_LENGTH + "})?-\\d{14}");

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final String HOLDER_ID_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private RotationNames() {
	}

	/**
	 * Whether a name can be a base name: 2 to {@value #MAX_BASE_NAME_LENGTH} letters, digits or hyphens, starting
	 * with a letter and not ending with a hyphen.
	 */
	public static boolean isBaseName(@Nullable String name) {
		return name != null && BASE_NAME.matcher(name).matches();
	}

	/** What is wrong with a base name, to follow the place it was given ("the base name 'x' must be ..."). */
	public static String baseNameRule(@Nullable String name) {
		return "the base name '" + name + "' must be 2 to " + MAX_BASE_NAME_LENGTH + " letters, digits or hyphens, "
				+ "start with a letter and not end with a hyphen";
	}

	/**
	 * Refuses a name that cannot be a base name.
	 * @throws IllegalArgumentException naming the parameter and the rule
	 */
	public static String requireBaseName(@Nullable String name, String parameter) {
		if (name == null || !isBaseName(name)) {
			throw new IllegalArgumentException(parameter + ": " + baseNameRule(name));
		}
		return name;
	}

	/** The name of a token of a shared base name made at that time. */
	public static String shared(String baseName, Instant madeAt) {
		return baseName + "-" + stamp(madeAt);
	}

	/** The name of a holder's token made at that time. */
	public static String ofHolder(String baseName, String holderId, Instant madeAt) {
		return baseName + "-" + holderId + "-" + stamp(madeAt);
	}

	/** Whether a name is one of a shared base name's tokens: the base name itself or {@code <base>-<14 digits>}. */
	public static boolean isShared(@Nullable String name, String baseName) {
		Matcher suffix = suffix(name, baseName);
		return suffix != null && suffix.group(1) == null;
	}

	/** Whether a name is one of the base name's tokens, a holder's or shared. */
	public static boolean isOfBaseName(@Nullable String name, String baseName) {
		return suffix(name, baseName) != null;
	}

	/** The holder id in the name of a holder's token of that base name. */
	public static Optional<String> holderIdOf(@Nullable String name, String baseName) {
		Matcher suffix = suffix(name, baseName);
		return (suffix != null && suffix.group(1) != null && suffix.group(2) != null) ? Optional.of(suffix.group(1))
				: Optional.empty();
	}

	/**
	 * The base name a token of a rotation belongs to: its name without what a rotation added.
	 * @param tokenName a token's name
	 * @return the base name, or the name itself if no rotation made it
	 */
	public static String baseNameOf(String tokenName) {
		Matcher stamped = STAMPED.matcher(tokenName);
		return stamped.matches() ? stamped.group(1) : tokenName;
	}

	/** A new holder id: random lower-case letters and digits. */
	public static String newHolderId() {
		StringBuilder id = new StringBuilder(HOLDER_ID_LENGTH);
		for (int i = 0; i < HOLDER_ID_LENGTH; i++) {
			id.append(HOLDER_ID_LETTERS.charAt(RANDOM.nextInt(HOLDER_ID_LETTERS.length())));
		}
		return id.toString();
	}

	/** The stamp of a time in a name: UTC, to the second. */
	public static String stamp(Instant at) {
		return STAMP.format(at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

	private static @Nullable Matcher suffix(@Nullable String name, String baseName) {
		if (name == null || !name.startsWith(baseName)) {
			return null;
		}
		Matcher suffix = SUFFIX.matcher(name.substring(baseName.length()));
		if (!suffix.matches() || (suffix.group(1) != null && suffix.group(2) == null)) {
			return null;
		}
		return suffix;
	}

}
