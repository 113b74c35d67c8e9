package dev.omegacoup.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The one-pass reading that override mappings match on. */
class RequestSummaryTest {

    @Test
    void summaryNamesOperationPceAndLogin() throws Exception {
        byte[] body = Files.readAllBytes(Path.of("stubs/samples/creer-demande.xml"));

        RequestSummary summary = RequestSummary.of(body);

        assertEquals(new RequestSummary("RequeteWSCreerDemandeCOUP", "21000000000001",
                "alpha.agent"), summary);
        assertSame(summary, RequestSummary.of(body), "read once per request");
    }

    @Test
    void garbageGivesAnEmptySummary() {
        RequestSummary summary = RequestSummary.of("<<<".getBytes(StandardCharsets.UTF_8));

        assertEquals("", summary.requestElement());
        assertEquals("", summary.numeroPce());
    }
}
