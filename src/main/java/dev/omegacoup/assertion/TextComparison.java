package dev.omegacoup.assertion;

import java.util.regex.Pattern;

/**
 * Compares return texts exactly, and tells a difference of typography only (typographic
 * versus straight apostrophes and quotes, kinds and runs of spaces) from a real one, so
 * that a harness may accept the first as a warning when asked to.
 */
public final class TextComparison {

    private static final Pattern APOSTROPHES =
            Pattern.compile("[\u2018\u2019\u201B\u02BC\u2032`´]");
    private static final Pattern QUOTES = Pattern.compile("[\u201C\u201D\u201E\u00AB\u00BB\u2033]");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00A0\u2007\u202F\u2009]+");

    private TextComparison() {
    }

    public static Verdict compare(String expected, String actual) {
        if (expected.equals(actual)) {
            return Verdict.SAME;
        }
        return fold(expected).equals(fold(actual)) ? Verdict.TYPOGRAPHY_ONLY : Verdict.DIFFERENT;
    }

    /** The text with straight apostrophes and quotes, single spaces and no edge spaces. */
    public static String fold(String text) {
        String apostrophes = APOSTROPHES.matcher(text).replaceAll("'");
        String quotes = QUOTES.matcher(apostrophes).replaceAll("\"");
        return SPACES.matcher(quotes).replaceAll(" ").strip();
    }

    /** How two texts compare. */
    public enum Verdict {
        SAME,
        TYPOGRAPHY_ONLY,
        DIFFERENT
    }
}
