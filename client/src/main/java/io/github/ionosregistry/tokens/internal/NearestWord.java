package io.github.ionosregistry.tokens.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * The known word nearest to one that is not known, for a "did you mean" in an error message.
 */
public final class NearestWord {

	private NearestWord() {
	}

	/**
	 * The known word nearest to a word, if one is near enough to be what was meant: at most a third of its letters
	 * (and at least 2) different, ignoring case.
	 * @param word the word, such as {@code pish}
	 * @param known the known words
	 * @return the nearest, such as {@code push}, or empty
	 */
	public static Optional<String> among(String word, Collection<String> known) {
		String lower = word.toLowerCase(Locale.ROOT);
		return known.stream()
			.min(Comparator.comparingInt((String candidate) -> distance(candidate.toLowerCase(Locale.ROOT), lower)))
			.filter((candidate) -> distance(candidate.toLowerCase(Locale.ROOT), lower) <= Math.max(2,
					candidate.length() / 3));
	}

	/**
	 * The Levenshtein distance: how many characters to insert, delete or change to turn one word into the other.
	 * @param a one word
	 * @param b the other
	 * @return the distance
	 */
	public static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int change = (a.charAt(i - 1) == b.charAt(j - 1)) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + change);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
