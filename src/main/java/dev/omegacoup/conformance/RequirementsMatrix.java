package dev.omegacoup.conformance;

import dev.omegacoup.conformance.Requirement.Kind;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every id of the catalogue with its scenarios and a verdict, as Markdown. */
final class RequirementsMatrix {

    private final Requirements catalogue;
    private final List<Row> rows;

    RequirementsMatrix(Requirements catalogue, List<Row> rows) {
        this.catalogue = catalogue;
        this.rows = rows.stream()
                .sorted(Comparator.comparing((Row r) -> r.scenario().location()))
                .toList();
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# Conformance by requirement\n\n");
        md.append(summary()).append("\n\n| id | requirement | verdict | scenarios |\n")
                .append("|---|---|---|---|\n");
        for (Requirement requirement : catalogue.all()) {
            md.append("| ").append(requirement.id()).append(" | ")
                    .append(cell(requirement.summary())).append(" | ")
                    .append(verdict(requirement)).append(" | ")
                    .append(scenarios(requirement)).append(" |\n");
        }
        return md.toString();
    }

    /** The verdict of an id: the worst outcome of its scenarios. */
    String verdict(Requirement requirement) {
        if (requirement.kind() == Kind.PRODUCT) {
            return "product (build tests)";
        }
        List<Outcome> outcomes = covering(requirement).stream().map(Row::outcome).toList();
        if (outcomes.isEmpty()) {
            return "NOT RUN";
        }
        for (Outcome worst : List.of(Outcome.FAILED, Outcome.BROKEN, Outcome.SKIPPED)) {
            if (outcomes.contains(worst)) {
                return worst.label();
            }
        }
        return outcomes.contains(Outcome.PASSED) ? Outcome.PASSED.label()
                : Outcome.NOT_APPLICABLE.label();
    }

    private List<Row> covering(Requirement requirement) {
        Set<String> tags = requirement.kind() == Kind.GROUP
                ? catalogue.under(requirement.id()).stream().map(r -> "@" + r.id())
                        .collect(Collectors.toSet())
                : Set.of("@" + requirement.id());
        return rows.stream().filter(r -> r.scenario().tags().stream().anyMatch(tags::contains))
                .toList();
    }

    private String scenarios(Requirement requirement) {
        return covering(requirement).stream()
                .map(r -> cell(r.scenario().name()) + " (" + r.scenario().location() + ", "
                        + r.outcome().label() + ")")
                .collect(Collectors.joining("<br>"));
    }

    private String summary() {
        long passed = rows.stream().filter(r -> r.outcome() == Outcome.PASSED).count();
        long notApplicable = rows.stream()
                .filter(r -> r.outcome() == Outcome.NOT_APPLICABLE).count();
        return rows.size() + " scenarios: " + passed + " passed, " + notApplicable
                + " not applicable, " + (rows.size() - passed - notApplicable) + " other.";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    /** One scenario that ran and how it ended. */
    record Row(TaggedScenario scenario, Outcome outcome) {
    }
}
