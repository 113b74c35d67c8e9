package dev.omegacoup.stub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.omegacoup.stub.FaultInjection.Kind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Requests skip WireMock only when no override mapping could apply to them. */
class FastPathTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void requestNoOverrideConcernsSkipsWireMock() throws Exception {
        try (OmegaStub stub = OmegaStub.builder().port(0).build().start()) {
            new OmegaAdminClient(stub.baseUrl()).injectFault(new FaultInjection(
                    Kind.HTTP_503, "CreerDemandeCOUP", "21000000000002", null, 0));

            HttpResponse<String> response = send(stub, sample());

            assertTrue(response.body().contains("Demande recevable"), response.body());
            assertEquals(0, stub.wireMock().getAllServeEvents().size(),
                    "answered by the engine directly");
        }
    }

    @Test
    void omegaRequestOverrideThatMatchesIsServedByWireMock() throws Exception {
        try (OmegaStub stub = OmegaStub.builder().port(0).build().start()) {
            new OmegaAdminClient(stub.baseUrl()).injectFault(new FaultInjection(
                    Kind.HTTP_503, "VerifierRecevabiliteCOUP", "21000000000001", null, 0));

            assertEquals(503, send(stub, sample()).statusCode());
            assertEquals(1, stub.wireMock().getAllServeEvents().size());
        }
    }

    @Test
    void anyOtherKindOfOverrideSendsRequestsThroughWireMock() throws Exception {
        try (OmegaStub stub = OmegaStub.builder().port(0).build().start()) {
            stub.wireMock().stubFor(post(urlPathEqualTo(OmegaStub.ENDPOINT_PATH)).atPriority(3)
                    .withRequestBody(matchingXPath("//*[local-name()='Login'][.='nobody']"))
                    .willReturn(aResponse().withStatus(418)));

            HttpResponse<String> response = send(stub, sample());

            assertTrue(response.body().contains("Demande recevable"), response.body());
            assertEquals(1, stub.wireMock().getAllServeEvents().size(), "WireMock decided");
        }
    }

    @Test
    void overridesAddedEditedAndRemovedAreSeenAtOnce() throws Exception {
        try (OmegaStub stub = OmegaStub.builder().port(0).build().start()) {
            assertEquals(200, send(stub, sample()).statusCode());
            StubMapping added = stub.wireMock().stubFor(post(urlPathEqualTo(
                    OmegaStub.ENDPOINT_PATH)).atPriority(3).andMatching(OmegaRequestMatcher.NAME,
                            Parameters.one("pce", "21000000000001"))
                    .willReturn(aResponse().withStatus(418)));
            assertEquals(418, send(stub, sample()).statusCode(), "added");

            stub.wireMock().editStub(post(urlPathEqualTo(OmegaStub.ENDPOINT_PATH))
                    .withId(added.getId()).atPriority(3).andMatching(OmegaRequestMatcher.NAME,
                            Parameters.one("pce", "21000000000099"))
                    .willReturn(aResponse().withStatus(418)));
            assertEquals(200, send(stub, sample()).statusCode(), "edited to another PCE");

            stub.wireMock().editStub(post(urlPathEqualTo(OmegaStub.ENDPOINT_PATH))
                    .withId(added.getId()).atPriority(3).andMatching(OmegaRequestMatcher.NAME,
                            Parameters.one("login", "alpha.agent"))
                    .willReturn(aResponse().withStatus(418)));
            assertEquals(418, send(stub, sample()).statusCode(), "edited to the login");

            stub.wireMock().removeStubMapping(added.getId());
            assertEquals(200, send(stub, sample()).statusCode(), "removed");
        }
    }

    @Test
    void mistypedOmegaMappingOverridesNothingAndBreaksNothing() throws Exception {
        try (OmegaStub stub = OmegaStub.builder().port(0).build().start()) {
            stub.wireMock().addStubMapping(StubMapping.buildFrom("{\"priority\": 1, \"request\":"
                    + " {\"method\": \"POST\", \"urlPath\": \"/ws/CreerDemandeCOUP\","
                    + " \"customMatcher\": {\"name\": \"omega-request\", \"parameters\":"
                    + " {\"login\": null, \"operation\": [\"CreerDemandeCOUP\"]}}},"
                    + " \"response\": {\"status\": 418}}"));

            HttpResponse<String> response = send(stub, sample());

            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("Demande recevable"), response.body());
        }
    }

    @Test
    void mappingsTheEngineCannotJudgeGoToWireMock() throws Exception {
        try (OmegaStub stub = OmegaStub.builder().port(0).build().start()) {
            stub.wireMock().stubFor(post(urlEqualTo(OmegaStub.ENDPOINT_PATH + "?x=1"))
                    .atPriority(1).willReturn(aResponse().withStatus(418)));
            stub.wireMock().stubFor(post(urlPathEqualTo(OmegaStub.ENDPOINT_PATH))
                    .atPriority(OmegaStub.ENGINE_PRIORITY).andMatching(OmegaRequestMatcher.NAME,
                            Parameters.one("pce", "21000000000001"))
                    .willReturn(aResponse().withStatus(419)));

            HttpResponse<String> queried = HTTP.send(HttpRequest.newBuilder(
                    URI.create(stub.endpointUrl() + "?x=1")).header("Content-Type", "text/xml")
                    .POST(HttpRequest.BodyPublishers.ofString(sample())).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(418, queried.statusCode(), "a fixed URL with a query");
            assertEquals(419, send(stub, sample()).statusCode(),
                    "same priority as the engine, newer: WireMock prefers it");
        }
    }

    private static String sample() throws Exception {
        return Files.readString(Path.of("stubs/samples/verifier-recevabilite.xml"));
    }

    private static HttpResponse<String> send(OmegaStub stub, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(stub.endpointUrl()))
                .header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
