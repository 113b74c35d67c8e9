package dev.omegacoup.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The requirements report: every id, its scenarios, and the worst of their outcomes. */
class RequirementsMatrixTest {

    private static final Requirements CATALOGUE = Requirements.packaged();

    @Test
    void everyIdOfTheCatalogueHasOneReportRow() {
        String markdown = new RequirementsMatrix(CATALOGUE, List.of()).markdown();

        for (Requirement requirement : CATALOGUE.all()) {
            assertTrue(markdown.contains("| " + requirement.id() + " | "),
                    requirement.id() + " is missing");
        }
    }

    @Test
    void oneFailedScenarioMakesTheRequirementFail() {
        RequirementsMatrix matrix = new RequirementsMatrix(CATALOGUE, List.of(
                row("a", Outcome.PASSED, "@BR-1"), row("b", Outcome.FAILED, "@BR-1")));

        assertEquals("FAILED", matrix.verdict(CATALOGUE.find("BR-1").orElseThrow()));
    }

    @Test
    void onlyNotApplicableScenariosMakeItNotApplicable() {
        RequirementsMatrix matrix = new RequirementsMatrix(CATALOGUE, List.of(
                row("a", Outcome.NOT_APPLICABLE, "@BR-16")));

        assertEquals("NOT APPLICABLE", matrix.verdict(CATALOGUE.find("BR-16").orElseThrow()));
    }

    @Test
    void aGroupTakesTheScenariosOfItsLetteredIds() {
        RequirementsMatrix matrix = new RequirementsMatrix(CATALOGUE, List.of(
                row("a", Outcome.PASSED, "@RC-6a"), row("b", Outcome.PASSED, "@RC-6k")));

        assertEquals("PASSED", matrix.verdict(CATALOGUE.find("RC-6").orElseThrow()));
        assertEquals("NOT RUN", matrix.verdict(CATALOGUE.find("RC-6b").orElseThrow()));
    }

    private static RequirementsMatrix.Row row(String name, Outcome outcome, String tag) {
        return new RequirementsMatrix.Row(new TaggedScenario(name, name + ".feature:1",
                Set.of(tag)), outcome);
    }
}
