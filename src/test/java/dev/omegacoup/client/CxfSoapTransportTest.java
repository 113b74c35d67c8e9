package dev.omegacoup.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.stub.FaultInjection;
import dev.omegacoup.stub.FaultInjection.Kind;
import dev.omegacoup.stub.OmegaAdminClient;
import dev.omegacoup.stub.OmegaStub;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CXF transport sends the envelope's bytes and says in one line what went wrong. */
class CxfSoapTransportTest {

    private static OmegaStub stub;

    @BeforeAll
    static void start() {
        stub = OmegaStub.builder().port(0).build().start();
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    @AfterEach
    void clearFaults() {
        new OmegaAdminClient(stub.baseUrl()).reset();
    }

    @Test
    void envelopeGoesOutAsItIsAndIsAnswered() throws Exception {
        byte[] envelope = sample();

        Exchange exchange = transport(Duration.ofSeconds(10))
                .send("VerifierRecevabiliteCOUP", envelope);

        assertEquals(200, exchange.status());
        assertTrue(exchange.contentType().startsWith("text/xml"), exchange.contentType());
        assertTrue(exchange.responseText().contains("Demande recevable"));
        assertEquals(new String(envelope), exchange.requestText());
    }

    @Test
    void faultAnswerKeepsItsStatusAndBody() throws Exception {
        Exchange exchange = transport(Duration.ofSeconds(10)).send("VerifierRecevabiliteCOUP",
                "<notsoap/>".getBytes());

        assertEquals(500, exchange.status());
        assertTrue(exchange.responseText().contains("soap:Client"), exchange.responseText());
    }

    @Test
    void serverThatNeverAnswersGivesOneLineTimeout() {
        new OmegaAdminClient(stub.baseUrl()).injectFault(new FaultInjection(Kind.DELAY,
                null, "21000000000001", null, 3_000));

        TransportException e = assertThrows(TransportException.class,
                () -> transport(Duration.ofMillis(500)).send("VerifierRecevabiliteCOUP",
                        sample()));

        assertTrue(e.getMessage().startsWith("no answer from"), e.getMessage());
        assertTrue(e.getMessage().contains("(SES-5)"), e.getMessage());
    }

    @Test
    void refusedConnectionGivesOneLineDiagnosis() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        CxfSoapTransport transport = new CxfSoapTransport(TransportSettings.plain(
                URI.create("http://127.0.0.1:" + closedPort + "/ws"), Duration.ofSeconds(5)));

        TransportException e = assertThrows(TransportException.class,
                () -> transport.send("VerifierRecevabiliteCOUP", sample()));

        assertEquals("connection refused by http://127.0.0.1:" + closedPort + "/ws",
                e.getMessage());
    }

    private static CxfSoapTransport transport(Duration receiveTimeout) {
        return new CxfSoapTransport(TransportSettings.plain(URI.create(stub.endpointUrl()),
                receiveTimeout));
    }

    private static byte[] sample() throws Exception {
        return Files.readAllBytes(Path.of("stubs/samples/verifier-recevabilite.xml"));
    }
}
