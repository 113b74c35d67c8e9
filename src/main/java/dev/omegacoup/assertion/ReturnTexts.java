package dev.omegacoup.assertion;

import dev.omegacoup.assertion.TextComparison.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the MessageRetour texts of an answer against the expected ones, exactly by
 * default. With typography folded, a difference of apostrophes, quotes or spaces only
 * passes and comes back as a warning; any other difference fails, naming the
 * requirements concerned and the element.
 */
public final class ReturnTexts {

    public static final String ELEMENT = "MessageRetour (/soap:Envelope/soap:Body/*/"
            + "m:Retour/m:MessageRetour)";

    private ReturnTexts() {
    }

    /**
     * @param requirements the ids the texts illustrate, e.g. "RC-6k, BR-10"
     * @return warnings for differences of typography accepted by folding
     */
    public static List<String> check(List<String> expected, List<String> actual,
            boolean foldTypography, String requirements) {
        List<String> remaining = new ArrayList<>(actual);
        List<String> warnings = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String text : expected) {
            if (!remaining.remove(text)) {
                String folded = remaining.stream()
                        .filter(a -> TextComparison.compare(text, a) == Verdict.TYPOGRAPHY_ONLY)
                        .findFirst().orElse(null);
                if (folded != null && foldTypography) {
                    remaining.remove(folded);
                    warnings.add(typographyWarning(requirements, text, folded));
                } else {
                    missing.add(text);
                }
            }
        }
        if (!missing.isEmpty() || !remaining.isEmpty()) {
            throw new ConformanceFailure(failure(requirements, expected, actual, missing,
                    remaining));
        }
        return warnings;
    }

    private static String failure(String requirements, List<String> expected,
            List<String> actual, List<String> missing, List<String> extra) {
        StringBuilder text = new StringBuilder("[" + requirements + "] " + ELEMENT
                + ": expected " + quoted(expected) + " but was " + quoted(actual));
        missing.forEach(m -> text.append("\n  missing: \"").append(m).append('"'));
        extra.forEach(e -> text.append("\n  unexpected: \"").append(e).append('"'));
        boolean typographyOnly = missing.size() == extra.size() && missing.stream()
                .allMatch(m -> extra.stream().anyMatch(e ->
                        TextComparison.compare(m, e) == Verdict.TYPOGRAPHY_ONLY));
        if (typographyOnly) {
            text.append("\n  the texts differ only in apostrophes, quotes or spaces;"
                    + " --fold-typography accepts that as a warning");
        }
        return text.toString();
    }

    private static String typographyWarning(String requirements, String expected,
            String actual) {
        return "WARNING [" + requirements + "] " + ELEMENT + " differs from the"
                + " specification only in typography:\n  expected \"" + expected
                + "\"\n  but was  \"" + actual + "\"";
    }

    private static String quoted(List<String> texts) {
        return texts.stream().map(t -> "\"" + t + "\"").toList().toString();
    }
}
