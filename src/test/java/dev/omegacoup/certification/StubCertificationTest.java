package dev.omegacoup.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.stub.OmegaStub;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The in-process stub records what it answers and serves the verdict on its admin API. */
class StubCertificationTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void stubRecordsLookupsAndServesTheReport(@TempDir Path folder) throws Exception {
        try (OmegaStub stub = OmegaStub.builder().port(0).recording(folder).build().start()) {
            post(stub, Files.readString(Path.of("stubs/samples/verifier-recevabilite.xml")));
            get(stub, "/__admin/omega/requests?pce=21000000000001");

            HttpResponse<String> report = get(stub, "/__admin/omega/certification");

            assertEquals(200, report.statusCode());
            assertTrue(report.body().contains("CAD CAD-ALPHA-01 / login alpha.agent"));
            assertTrue(report.body().contains("VerifierRecevabiliteCOUP → P Message"));
            assertEquals(1, stub.certification().recording().lookups().size());
            assertEquals("21000000000001",
                    stub.certification().recording().lookups().get(0).pce());
        }
        TrafficRecording restored = new TrafficRecording(10, 10);
        assertEquals(2, RecordingFile.in(folder).loadInto(restored));
    }

    private HttpResponse<String> post(OmegaStub stub, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(stub.endpointUrl()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(OmegaStub stub, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(stub.baseUrl() + path)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
    }
}
