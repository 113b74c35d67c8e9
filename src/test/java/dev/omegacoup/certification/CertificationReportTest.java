package dev.omegacoup.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** From traffic to entries: done, not yet exercised, handled wrongly; and the writers. */
class CertificationReportTest {

    private static final String RECEVABLE = Traffic.answer("P", "Message", "Demande recevable",
            null);
    private static final String REFUSED = Traffic.answer("A", "DmdKo",
            "Demande non recevable : REC_002", null);

    @Test
    void refusedStepOneThenStopIsDone() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000008", REFUSED);

        ClientReport report = Certifier.standard().certify(traffic.client());

        assertEquals(EntryResult.Status.DONE, status(report, "RC-6 BR-5"));
        assertEquals(EntryResult.Status.NOT_EXERCISED, status(report, "RC-1"));
        assertEquals(List.of(), report.findings());
    }

    @Test
    void goingOnAfterRefusalIsHandledWrongly() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000008", REFUSED);
        traffic.creer("21000000000008", "1.00", REFUSED, 0);

        ClientReport report = Certifier.standard().certify(traffic.client());

        assertEquals(EntryResult.Status.HANDLED_WRONGLY, status(report, "RC-6 BR-5"));
        assertEquals(EntryResult.Status.HANDLED_WRONGLY, status(report, "EV-3"));
        assertTrue(result(report, "RC-6 BR-5").summaryLine().contains("REC_002"));
    }

    @Test
    void htmlEscapesWhatTheClientSent() {
        Traffic traffic = new Traffic();
        traffic.verifier("<script>alert(1)</script>", RECEVABLE);
        TrafficRecording recording = new TrafficRecording(10, 10);
        traffic.exchanges().forEach(recording::add);

        String html = ReportHtml.write(Certifier.standard().certify(recording));

        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }

    @Test
    void jsonCarriesOneSummaryLinePerEntry() {
        Traffic traffic = new Traffic();
        traffic.verifier("21000000000001", RECEVABLE);
        TrafficRecording recording = new TrafficRecording(10, 10);
        traffic.exchanges().forEach(recording::add);

        CertificationReport report = Certifier.standard().certify(recording);
        String json = ReportJson.write(report);

        assertEquals(Catalogue.packaged().size(), report.summaryLines().size());
        assertTrue(json.contains("\"summary\""));
        assertTrue(json.contains("RC-3 (b)"));
    }

    private static EntryResult result(ClientReport report, String id) {
        return report.entries().stream().filter(e -> e.entry().id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static EntryResult.Status status(ClientReport report, String id) {
        return result(report, id).status();
    }
}
