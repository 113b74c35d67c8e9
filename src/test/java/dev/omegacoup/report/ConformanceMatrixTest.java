package dev.omegacoup.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.conformance.Outcome;
import dev.omegacoup.conformance.Requirement;
import dev.omegacoup.conformance.Requirements;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The matrix: every id, its scenarios, and the worst of their outcomes. */
class ConformanceMatrixTest {

    private static final Requirements CATALOGUE = Requirements.packaged();

    @Test
    void everyIdOfTheCatalogueIsInBothMatrices() {
        ConformanceMatrix matrix = matrix(Scenarios.of("a", Outcome.PASSED, "EV-1"));

        String markdown = MarkdownMatrix.render(matrix);
        String html = HtmlMatrix.render(matrix);

        for (Requirement requirement : CATALOGUE.all()) {
            assertTrue(markdown.contains("\n| " + requirement.id() + " | "),
                    requirement.id() + " is missing from the Markdown");
            assertTrue(html.contains("<td class=\"id\">" + requirement.id() + "</td>"),
                    requirement.id() + " is missing from the HTML");
        }
    }

    @Test
    void oneFailedScenarioMakesTheRequirementFail() {
        ConformanceMatrix matrix = matrix(Scenarios.of("a", Outcome.PASSED, "BR-1"),
                Scenarios.of("b", Outcome.FAILED, "BR-1"));

        assertEquals("FAILED", status(matrix, "BR-1"));
    }

    @Test
    void failureNamingAnotherRequirementFailsThatOneToo() {
        ScenarioResult broken = new ScenarioResult("b", "features/test.feature", 3,
                List.of("RC-4"), Outcome.FAILED, "[MSG-1] the CreerDemandeCOUP response does"
                        + " not validate against the XSD", Optional.empty(), Scenarios.NOON,
                "embedded stub", "", List.of());

        ConformanceMatrix matrix = matrix(Scenarios.of("a", Outcome.PASSED, "MSG-1"), broken);

        assertEquals("FAILED", status(matrix, "MSG-1"));
        assertEquals("FAILED", status(matrix, "RC-4"));
    }

    @Test
    void onlyNotApplicableScenariosMakeItNotApplicable() {
        ConformanceMatrix matrix = matrix(Scenarios.of("a", Outcome.NOT_APPLICABLE, "BR-16"));

        assertEquals("NOT APPLICABLE", status(matrix, "BR-16"));
    }

    @Test
    void aGroupTakesTheScenariosOfItsLetteredIds() {
        ConformanceMatrix matrix = matrix(Scenarios.of("a", Outcome.PASSED, "RC-6a"),
                Scenarios.of("b", Outcome.PASSED, "RC-6k"));

        assertEquals("PASSED", status(matrix, "RC-6"));
        assertEquals("NOT RUN", status(matrix, "RC-6b"));
    }

    @Test
    void knownDeviationBesidePassedScenariosIsNeverPassed() {
        ConformanceMatrix matrix = matrix(Scenarios.of("a", Outcome.PASSED, "RC-5"),
                Scenarios.declared("b", Outcome.KNOWN_DEVIATION, "RC-5"));

        assertEquals("KNOWN DEVIATION", status(matrix, "RC-5"));
        assertTrue(MarkdownMatrix.render(matrix).contains("| RC-5 | P ListeDP: the date and"
                + " slot are taken, choose from the list | KNOWN DEVIATION |"));
    }

    @Test
    void declaredDeviationThatPassedFlagsItsRequirement() {
        ConformanceMatrix matrix = matrix(Scenarios.declared("b", Outcome.PASSED, "RC-5"));

        ConformanceMatrix.Row row = row(matrix, "RC-5");

        assertEquals("PASSED", row.status());
        assertTrue(row.deviationGone());
        assertTrue(HtmlMatrix.render(matrix).contains(">deviation no longer occurs<"));
    }

    private static ConformanceMatrix matrix(ScenarioResult... scenarios) {
        return new ConformanceMatrix(CATALOGUE, List.of(scenarios), "embedded stub",
                Scenarios.NOON);
    }

    private static String status(ConformanceMatrix matrix, String id) {
        return row(matrix, id).status();
    }

    private static ConformanceMatrix.Row row(ConformanceMatrix matrix, String id) {
        return matrix.rows().stream().filter(r -> r.requirement().id().equals(id))
                .findFirst().orElseThrow();
    }
}
