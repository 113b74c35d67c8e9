package dev.omegacoup.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** EV-5 (no blind retry), SES-5 (five minutes), RC-6 (stop after DmdKo), MSG-1 (XSD). */
class RetryAndRefusalChecksTest {

    private static final String RECEVABLE = Traffic.answer("P", "Message", "Demande recevable",
            null);
    private static final String CREATED = Traffic.answer("P", "DatePlageH", "disponibles",
            "4000000001");
    private static final long HELD = 310_000;

    @Test
    void retryWhileTheFirstIsHeldIsBlind() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000021", RECEVABLE);
        traffic.creer("21000000000021", "10.00", CREATED, HELD);
        traffic.after(2).creer("21000000000021", "10.00", CREATED, HELD);

        List<Finding> blind = new NoBlindRetry().check(traffic.client());
        List<Finding> impatient = new WaitsFiveMinutes().check(traffic.client());

        assertEquals(1, blind.size());
        assertEquals("EV-5", blind.get(0).requirement());
        assertEquals(1, impatient.size());
        assertEquals("SES-5", impatient.get(0).requirement());
        assertTrue(impatient.get(0).what().contains("less than 300 s"));
    }

    @Test
    void retryAfterLookingUpThePceIsAccepted() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000021", RECEVABLE);
        traffic.creer("21000000000021", "10.00", CREATED, HELD);
        traffic.after(300).lookup(null, "21000000000021");
        traffic.after(1).creer("21000000000021", "10.00", CREATED, 0);

        assertEquals(List.of(), new NoBlindRetry().check(traffic.client()));
        assertEquals(List.of(), new WaitsFiveMinutes().check(traffic.client()));
    }

    @Test
    void lookupOfAnotherPceDoesNotExcuseRetry() {
        Traffic traffic = new Traffic();
        traffic.creer("21000000000021", "10.00", CREATED, HELD);
        traffic.after(300).lookup(null, "21000000000001");
        traffic.after(1).creer("21000000000021", "10.00", CREATED, 0);

        assertEquals(1, new NoBlindRetry().check(traffic.client()).size());
    }

    @Test
    void secondCreationAfterASeenAnswerIsNotBlind() {
        Traffic traffic = new Traffic();
        traffic.creer("21000000000001", "10.00", CREATED, 0);
        traffic.after(10).creer("21000000000001", "20.00", CREATED, 0);

        assertEquals(List.of(), new NoBlindRetry().check(traffic.client()));
    }

    @Test
    void creationAfterRefusedStepOneIsReported() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000008", Traffic.answer("A", "DmdKo",
                "Demande non recevable : REC_002", null));
        traffic.creer("21000000000008", "10.00", Traffic.answer("A", "DmdKo",
                "Demande non recevable : REC_002", null), 0);

        List<Finding> findings = new StopsAfterDmdKo().check(traffic.client());

        assertEquals(1, findings.size());
        assertEquals("RC-6", findings.get(0).requirement());
        assertTrue(findings.get(0).what().contains("REC_002"));
    }

    @Test
    void unchangedCreationAfterDataRefusalIsReported() {
        String refused = Traffic.answer("A", "DmdKo", "Donnée incorrecte : X / DEM_COH01", null);
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000001", RECEVABLE);
        traffic.creer("21000000000001", "10.00", refused, 0);
        traffic.creer("21000000000001", "10.00", refused, 0);

        List<Finding> findings = new StopsAfterDmdKo().check(traffic.client());

        assertEquals(1, findings.size());
        assertTrue(findings.get(0).what().contains("unchanged"));
    }

    @Test
    void correctedCreationAfterDataRefusalIsAccepted() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000001", RECEVABLE);
        traffic.creer("21000000000001", "10.00", Traffic.answer("A", "DmdKo",
                "Donnée incorrecte : X / DEM_COH01", null), 0);
        traffic.creer("21000000000001", "12.00", CREATED, 0);

        assertEquals(List.of(), new StopsAfterDmdKo().check(traffic.client()));
    }

    @Test
    void sameRequestAfterMaintenanceIsAccepted() {
        String maintenance = Traffic.answer("A", "DmdKo", "Ce service est actuellement"
                + " indisponible suite à une opération de maintenance.", null);
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000001", RECEVABLE);
        traffic.creer("21000000000001", "10.00", maintenance, 0);
        traffic.after(600).creer("21000000000001", "10.00", CREATED, 0);

        assertEquals(List.of(), new StopsAfterDmdKo().check(traffic.client()));
    }

    @Test
    void amountWithACommaIsReportedWithItsElement() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000001", RECEVABLE);
        traffic.creer("21000000000001", "12,50", Traffic.fault("does not match"), 0);

        List<Finding> findings = new RequestsFollowTheSchema().check(traffic.client());

        assertEquals(1, findings.size());
        assertEquals("MSG-1", findings.get(0).requirement());
        assertTrue(findings.get(0).evidence().get(0).excerpt()
                .contains("<c:MontantDu>12,50</c:MontantDu>"), findings.get(0).toString());
    }

    @Test
    void validRequestsRaiseNoSchemaFinding() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000001", RECEVABLE);
        traffic.creer("21000000000001", "12.50", CREATED, 0);

        assertEquals(List.of(), new RequestsFollowTheSchema().check(traffic.client()));
    }
}
