package dev.omegacoup.report;

import dev.omegacoup.conformance.Outcome;
import dev.omegacoup.conformance.Requirement;
import dev.omegacoup.conformance.Requirement.Kind;
import dev.omegacoup.conformance.Requirements;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The run by requirement: every id of the catalogue with the scenarios that show it and a
 * status, the worst of theirs; and every scenario, numbered S001…, with its evidence.
 */
public final class ConformanceMatrix {

    /** Worst first: the status of an id is the first of these any of its scenarios has. */
    private static final List<Outcome> SEVERITY = List.of(Outcome.FAILED, Outcome.BROKEN,
            Outcome.SKIPPED, Outcome.KNOWN_DEVIATION, Outcome.PASSED, Outcome.NOT_APPLICABLE);
    public static final String NOT_RUN = "NOT RUN";
    public static final String PRODUCT = "product (build tests)";

    private final Requirements catalogue;
    private final List<ScenarioResult> scenarios;
    private final String target;
    private final Instant finishedAt;

    public ConformanceMatrix(Requirements catalogue, List<ScenarioResult> scenarios,
            String target, Instant finishedAt) {
        this.catalogue = catalogue;
        this.scenarios = scenarios.stream()
                .sorted(Comparator.comparing(ScenarioResult::feature)
                        .thenComparingInt(ScenarioResult::line))
                .toList();
        this.target = target;
        this.finishedAt = finishedAt;
    }

    public List<Row> rows() {
        return catalogue.all().stream().map(this::row).toList();
    }

    /** The scenarios in feature and line order; their number is their index plus one. */
    public List<ScenarioResult> scenarios() {
        return scenarios;
    }

    /** S001, S002…: how the reports refer to a scenario. */
    public String number(ScenarioResult scenario) {
        return String.format("S%03d", scenarios.indexOf(scenario) + 1);
    }

    public String target() {
        return target;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Map<Outcome, Long> counts() {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        scenarios.forEach(s -> counts.merge(s.outcome(), 1L, Long::sum));
        return counts;
    }

    /** "136 scenarios: 130 passed, 2 failed, …", every status that occurred. */
    public String summary() {
        Map<Outcome, Long> counts = counts();
        String each = counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        long gone = scenarios.stream().filter(ScenarioResult::deviationGone).count();
        return scenarios.size() + " scenarios" + (each.isEmpty() ? "" : ": " + each)
                + (gone == 0 ? "" : "; " + gone + " declared deviations no longer occur");
    }

    private Row row(Requirement requirement) {
        List<ScenarioResult> covering = covering(requirement);
        return new Row(requirement, status(requirement, covering), covering,
                covering.stream().anyMatch(ScenarioResult::deviationGone));
    }

    private static String status(Requirement requirement, List<ScenarioResult> covering) {
        if (requirement.kind() == Kind.PRODUCT) {
            return PRODUCT;
        }
        Set<Outcome> outcomes = covering.stream().map(ScenarioResult::outcome)
                .collect(Collectors.toSet());
        return SEVERITY.stream().filter(outcomes::contains).findFirst()
                .map(Outcome::label).orElse(NOT_RUN);
    }

    /**
     * The scenarios tagged with the id, and the failed ones whose failure names it: a
     * response that breaks the XSD fails MSG-1 whatever the scenario was about.
     */
    private List<ScenarioResult> covering(Requirement requirement) {
        Set<String> ids = requirement.kind() == Kind.GROUP
                ? catalogue.under(requirement.id()).stream().map(Requirement::id)
                        .collect(Collectors.toSet())
                : Set.of(requirement.id());
        return scenarios.stream().filter(s -> s.ids().stream().anyMatch(ids::contains)
                        || s.outcome() == Outcome.FAILED
                        && s.failureIds().stream().anyMatch(ids::contains))
                .toList();
    }

    /**
     * One id of the catalogue.
     *
     * @param deviationGone a declared deviation of one of its scenarios no longer occurs
     */
    public record Row(Requirement requirement, String status, List<ScenarioResult> scenarios,
            boolean deviationGone) {
    }
}
