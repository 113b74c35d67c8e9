package dev.omegacoup.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.stub.FaultInjection;
import dev.omegacoup.stub.FaultInjection.Kind;
import dev.omegacoup.stub.OmegaAdminClient;
import dev.omegacoup.stub.OmegaStub;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An integrator's test with the embedded stub, its clock, admin API and faults. */
@ExtendWith(OmegaStubExtension.class)
@OmegaStubConfig(clock = "2027-01-11T09:00:00+01:00")
class OmegaStubExtensionTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @AfterEach
    void reset(OmegaAdminClient admin) {
        admin.reset();
    }

    @Test
    void stubStartsWithTheConfiguredClock(OmegaStub stub, OmegaAdminClient admin) {
        assertEquals(LocalDate.of(2027, 1, 11), stub.omega().clock().today());
        assertTrue(admin.requests().isArray());
        assertTrue(stub.endpointUrl().startsWith("http://127.0.0.1:"));
    }

    @Test
    void maintenanceSwitchedByTheAdminApiAnswersBr16(OmegaStub stub, OmegaAdminClient admin)
            throws Exception {
        admin.maintenance(true);

        String answer = post(stub, sample()).body();

        assertTrue(answer.contains("suite à une opération de maintenance"), answer);
    }

    @Test
    void injectedDelayHoldsTheRealAnswerBack(OmegaStub stub, OmegaAdminClient admin)
            throws Exception {
        admin.injectFault(new FaultInjection(Kind.DELAY, "VerifierRecevabiliteCOUP",
                "21000000000001", null, 400));

        long start = System.nanoTime();
        String answer = post(stub, sample()).body();
        long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(elapsedMillis >= 400, "answered after " + elapsedMillis + " ms");
        assertTrue(answer.contains("Demande recevable"), answer);
    }

    @Test
    void injectedConnectionResetIsClearedByReset(OmegaStub stub, OmegaAdminClient admin)
            throws Exception {
        admin.injectFault(new FaultInjection(Kind.CONNECTION_RESET, null, "21000000000001",
                null, 0));

        assertThrows(IOException.class, () -> post(stub, sample()));
        admin.clearFaults();

        assertEquals(200, post(stub, sample()).statusCode());
    }

    @Test
    void defaultMappingAnswersHttp503ForItsPce(OmegaStub stub) throws Exception {
        String request = sample().replace("21000000000001", "21000000000026");

        assertEquals(503, post(stub, request).statusCode());
    }

    private static String sample() throws IOException {
        return Files.readString(Path.of("stubs/samples/verifier-recevabilite.xml"));
    }

    private static HttpResponse<String> post(OmegaStub stub, String body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stub.endpointUrl()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
