package dev.omegacoup.report;

import dev.omegacoup.conformance.KnownDeviation;
import dev.omegacoup.conformance.Outcome;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One scenario of the run as the reports show it: where it is, the ids it shows, how it
 * ended (a declared deviation taken into account), and its evidence.
 *
 * @param feature   the feature file, e.g. {@code features/creation.feature}
 * @param line      the line of the scenario, or of its row of examples
 * @param failure   why it failed, empty when it did not
 * @param deviation the declaration of the target concerning it, if any
 */
public record ScenarioResult(String title, String feature, int line, List<String> ids,
        Outcome outcome, String failure, Optional<KnownDeviation> deviation,
        Instant startedAt, String target, String numeroDemande,
        List<ExchangeEvidence> exchanges) {

    private static final int SLUG_TITLE_LENGTH = 60;
    private static final java.util.regex.Pattern FAILURE_IDS = java.util.regex.Pattern
            .compile("\\s*\\[([A-Z]+-\\d+[a-z]?(?:,\\s*[A-Z]+-\\d+[a-z]?)*)]");

    public ScenarioResult {
        ids = List.copyOf(ids);
        exchanges = List.copyOf(exchanges);
    }

    /** The requirement ids a failure names in its leading "[MSG-1, BR-3] …" bracket. */
    public List<String> failureIds() {
        if (failure == null) {
            return List.of();
        }
        java.util.regex.Matcher m = FAILURE_IDS.matcher(failure);
        return m.lookingAt() ? List.of(m.group(1).split(",\\s*")) : List.of();
    }

    public String location() {
        return feature + ":" + line;
    }

    /** A declaration concerns it but it passed: the declaration is to be removed. */
    public boolean deviationGone() {
        return outcome == Outcome.PASSED && deviation.isPresent();
    }

    /** Its evidence folder under the reports folder, stable across runs and selections. */
    public String evidenceFolder() {
        String file = feature.substring(feature.lastIndexOf('/') + 1).replace(".feature", "");
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (folded.length() > SLUG_TITLE_LENGTH) {
            folded = folded.substring(0, SLUG_TITLE_LENGTH).replaceAll("-$", "");
        }
        return "evidence/" + slug(file) + "-" + line + "-" + folded;
    }

    /** A note for the reports about its declared deviation, empty when there is none. */
    public String deviationNote() {
        if (deviationGone()) {
            return "deviation no longer occurs: remove the declaration "
                    + deviation.get().describe();
        }
        return outcome == Outcome.KNOWN_DEVIATION
                ? "declared deviation: " + deviation.get().describe() : "";
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
