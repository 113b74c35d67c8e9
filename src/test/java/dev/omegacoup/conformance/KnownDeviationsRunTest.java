package dev.omegacoup.conformance;

import static dev.omegacoup.conformance.DeliberateDeviationsAreCaughtTest.retour;
import static dev.omegacoup.conformance.OverriddenStub.answer;
import static dev.omegacoup.conformance.OverriddenStub.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.omegacoup.report.ConformanceReports;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target whose data set declares its known failures: a declared failure is reported as
 * a known deviation and never as passed, a declaration whose scenario passes is flagged,
 * and a failure nobody declared still fails the run.
 */
class KnownDeviationsRunTest {

    private static final String TAGS = "@RC-3b and @BR-4";
    private static final String JJ = "21000000000005";
    private static final String ONE_M = "21000000000010";

    @Test
    void declaredFailureIsAKnownDeviationNeverPassed(@TempDir Path reports) throws Exception {
        Roles roles = rolesDeclaring(reports, Map.of(
                "JJ dont je suis titulaire", "the test environment answers DmdKo",
                "JM dont je suis titulaire", "fixed since release 12"));
        try (OverriddenStub endpoint = brokenFor(JJ)) {

            int exit = ConformanceRunner.run(endpoint.target(roles), reports, TAGS);

            assertEquals(0, exit, "only a declared deviation failed");
            String csv = Files.readString(reports.resolve(ConformanceReports.CSV));
            String jj = row(csv, "Un PCE JJ dont");
            assertTrue(jj.contains(";KNOWN DEVIATION;\"declared deviation: RC-3b"), jj);
            assertFalse(jj.contains("PASSED"), jj);
            String jm = row(csv, "Un PCE JM dont");
            assertTrue(jm.contains(";PASSED;\"deviation no longer occurs: remove"), jm);
            String matrix = Files.readString(reports.resolve(ConformanceReports.MARKDOWN));
            assertTrue(matrix.contains("| RC-3b | Message text: Demande recevable | KNOWN DEVIATION"
                    + " (a deviation no longer occurs) |"), matrix);
            String html = Files.readString(reports.resolve(ConformanceReports.HTML));
            assertTrue(html.contains(">deviation no longer occurs<"), "no flag in the HTML");
        }
    }

    @Test
    void undeclaredFailureBesideDeclaredOneFailsTheRun(@TempDir Path reports) throws Exception {
        Roles roles = rolesDeclaring(reports, Map.of(
                "JJ dont je suis titulaire", "the test environment answers DmdKo"));
        try (OverriddenStub endpoint = brokenFor(JJ).answering(pce(ONE_M), 200, WRONG)) {

            int exit = ConformanceRunner.run(endpoint.target(roles), reports, TAGS);

            assertEquals(1, exit, "an undeclared failure left the run green");
            String csv = Files.readString(reports.resolve(ConformanceReports.CSV));
            assertTrue(row(csv, "Un PCE 1M dont").contains(";FAILED;"), csv);
            assertTrue(row(csv, "Un PCE JJ dont").contains(";KNOWN DEVIATION;"), csv);
        }
    }

    private static final String WRONG = answer("VerifierRecevabiliteCOUP",
            retour("A", "DmdKo", "Demande non recevable : REC_002"));

    private static OverriddenStub brokenFor(String pce) {
        return new OverriddenStub().answering(pce(pce), 200, WRONG);
    }

    private static String pce(String number) {
        return request("VerifierRecevabiliteCOUP",
                "[.//*[local-name()='NumeroPCE']='" + number + "']");
    }

    private static String row(String csv, String title) {
        return csv.lines().filter(l -> l.contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + title + ":\n" + csv));
    }

    /** The default roles plus declared deviations of RC-3b, scenario part to reason. */
    private static Roles rolesDeclaring(Path folder, Map<String, String> deviations)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root;
        try (InputStream in = Roles.class.getResourceAsStream(Roles.PACKAGED)) {
            root = (ObjectNode) json.readTree(in);
        }
        ArrayNode declared = root.putArray("deviations");
        deviations.forEach((scenario, reason) -> declared.addObject()
                .put("requirement", "RC-3b").put("scenario", scenario).put("reason", reason));
        Path file = Files.createTempFile(folder, "roles", ".json");
        json.writeValue(file.toFile(), root);
        return Roles.fromFile(file);
    }
}
