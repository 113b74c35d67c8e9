package dev.omegacoup.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import dev.omegacoup.stub.OmegaStub;
import java.net.URI;

/**
 * An embedded stub on a loopback port whose answers to some requests are replaced by
 * WireMock override mappings: a non-conforming endpoint made on purpose.
 */
final class OverriddenStub implements AutoCloseable {

    private final OmegaStub stub = OmegaStub.builder().port(0).build().start();

    /** Requests matching the XPath get this status and body instead of OMEGA's answer. */
    OverriddenStub answering(String requestXPath, int status, String body) {
        stub.wireMock().stubFor(post(urlPathEqualTo(OmegaStub.ENDPOINT_PATH)).atPriority(1)
                .withRequestBody(matchingXPath(requestXPath))
                .willReturn(aResponse().withStatus(status)
                        .withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody(body)));
        return this;
    }

    /** The stub as a target the suite does not control, with these roles. */
    Target target(Roles roles) {
        return new Target(URI.create(stub.endpointUrl()), roles,
                Target.DEFAULT_RECEIVE_TIMEOUT);
    }

    /** A request of an operation, further selected by a predicate on its elements. */
    static String request(String operation, String predicate) {
        return "//*[local-name()='RequeteWS" + operation + "']" + predicate;
    }

    /** A SOAP answer of an operation in the project's namespace, around its content. */
    static String answer(String operation, String content) {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<soap:Body><ReponseWS" + operation + " xmlns=\"urn:omega-coup:ws:v4\">"
                + content + "</ReponseWS" + operation + "></soap:Body></soap:Envelope>";
    }

    @Override
    public void close() {
        stub.stop();
    }
}
