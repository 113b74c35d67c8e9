package dev.omegacoup.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.conformance.Outcome;
import dev.omegacoup.conformance.Requirements;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The homologation CSV: RFC 4180 quoting with ';', a BOM, and no formula from outside. */
class CertificationCsvTest {

    @Test
    void separatorAndQuotesInATitleAreQuoted() {
        assertEquals("\"Une coupure; \"\"ferme\"\"\"", CertificationCsv.field(
                "Une coupure; \"ferme\""));
        assertEquals("\"deux\r\nlignes\"", CertificationCsv.field("deux\r\nlignes"));
        assertEquals("sans rien", CertificationCsv.field("sans rien"));
    }

    @Test
    void numeroDemandeLookingLikeAFormulaIsNeutralised() {
        String csv = csv(Scenarios.answered("=HYPERLINK(\"http://127.0.0.1/\")", "<r/>"));

        assertTrue(csv.contains(";\"'=HYPERLINK(\"\"http://127.0.0.1/\"\")\";"), csv);
    }

    @Test
    void fileStartsWithBomAndEndsEveryLineWithCrlf() {
        String csv = csv(Scenarios.of("a", Outcome.PASSED, "EV-1"),
                Scenarios.of("b", Outcome.FAILED, "EV-2"));

        assertTrue(csv.startsWith("\uFEFFnumber;requirements;scenario;"), csv);
        assertEquals(3, csv.split("\r\n", -1).length - 1, "three lines, each ended by CRLF");
        assertTrue(csv.contains("\r\nS002;EV-2;b;features/test.feature:1;2031-03-03"), csv);
    }

    @Test
    void knownDeviationRowSaysSoAndNeverPassed() {
        String csv = csv(Scenarios.declared("b", Outcome.KNOWN_DEVIATION, "RC-5"));

        String row = csv.lines().skip(1).findFirst().orElseThrow();
        assertTrue(row.contains(";KNOWN DEVIATION;\"declared deviation: RC-5 "), row);
        assertTrue(!row.contains("PASSED"), row);
    }

    private static String csv(ScenarioResult... scenarios) {
        return CertificationCsv.render(new ConformanceMatrix(Requirements.packaged(),
                List.of(scenarios), "embedded stub", Scenarios.NOON));
    }
}
