package dev.omegacoup.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.omegacoup.xml.Contract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a request is about, from its checked parse or from a lenient scan. */
class RequestSummaryTest {

    private static final RequestSummary SAMPLE = new RequestSummary("RequeteWSCreerDemandeCOUP",
            "CAD-ALPHA-01", "alpha.agent", "21000000000001");

    @AfterEach
    void forget() {
        RequestSummary.forget();
    }

    @Test
    void checkedRequestAndScanAgree() throws Exception {
        byte[] body = Files.readAllBytes(Path.of("stubs/samples/creer-demande.xml"));

        RequestSummary checked = SoapRequest.read(Contract.packaged(), body, null).summary();
        RequestSummary scanned = RequestSummary.of(body);

        assertEquals(SAMPLE, checked);
        assertEquals(SAMPLE, scanned);
    }

    @Test
    void rememberedFactsServeAnEqualCopyOfTheBody() throws Exception {
        byte[] body = Files.readAllBytes(Path.of("stubs/samples/creer-demande.xml"));
        RequestSummary remembered = new RequestSummary("X", "c", "l", "p");

        RequestSummary.remember(body, remembered);

        assertSame(remembered, RequestSummary.of(body.clone()), "no second reading");
    }

    @Test
    void headerEntriesAreNotTakenForTheRequest() {
        String body = "<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'>"
                + "<s:Header><Trace><Login>header.login</Login></Trace></s:Header>"
                + "<s:Body><RequeteWSAccepterRdv><NumeroPCE>1</NumeroPCE>"
                + "</RequeteWSAccepterRdv></s:Body></s:Envelope>";

        RequestSummary facts = RequestSummary.of(body.getBytes(StandardCharsets.UTF_8));

        assertEquals("RequeteWSAccepterRdv", facts.requestElement());
        assertEquals("1", facts.numeroPce());
        assertNull(facts.login());
    }

    @Test
    void garbageGivesNothing() {
        RequestSummary facts = RequestSummary.of("<<<".getBytes(StandardCharsets.UTF_8));

        assertNull(facts.requestElement());
        assertNull(facts.numeroPce());
        assertNull(RequestSummary.of(new byte[0]).login());
    }
}
