package dev.omegacoup.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.stub.OmegaStub;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A response made invalid on purpose fails the suite, naming the element. */
class InvalidResponseFailsSuiteTest {

    private static final String INVALID_ANSWER = "<soap:Envelope"
            + " xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
            + "<ReponseWSVerifierRecevabiliteCOUP xmlns=\"urn:omega-coup:ws:v4\">"
            + "<TypeRetourDialogue>X</TypeRetourDialogue><Retour><CodeRetour>Message"
            + "</CodeRetour><MessageRetour>Demande recevable</MessageRetour></Retour>"
            + "</ReponseWSVerifierRecevabiliteCOUP></soap:Body></soap:Envelope>";

    @Test
    void invalidTypeRetourDialogueFailsTheNominalScenario(@TempDir Path reports)
            throws Exception {
        try (OmegaStub stub = OmegaStub.builder().port(0).build().start()) {
            stub.wireMock().stubFor(post(urlPathEqualTo(OmegaStub.ENDPOINT_PATH)).atPriority(1)
                    .withRequestBody(matchingXPath(
                            "//*[local-name()='RequeteWSVerifierRecevabiliteCOUP']"))
                    .willReturn(aResponse().withStatus(200)
                            .withHeader("Content-Type", "text/xml; charset=utf-8")
                            .withBody(INVALID_ANSWER)));
            Target target = new Target(URI.create(stub.endpointUrl()), Roles.packaged(),
                    Target.DEFAULT_RECEIVE_TIMEOUT);

            int status = ConformanceRunner.run(target, reports, "@EV-1 and @RC-4");

            assertEquals(1, status);
            String junit = Files.readString(reports.resolve("junit.xml"));
            assertTrue(junit.contains("[MSG-1]"), junit);
            assertTrue(junit.contains("element TypeRetourDialogue"), junit);
        }
    }
}
