package dev.omegacoup.conformance;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.omegacoup.stub.OmegaStub;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A WireMock proxy in front of the embedded stub that changes one piece of text in
 * every answer: the stub's answer for one return code, mutated, as a broken server
 * would give it. Loopback only.
 */
final class MutatingProxy implements AutoCloseable {

    private final WireMockServer server;

    private MutatingProxy(String upstream, String from, String to) {
        server = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1")
                .port(0).extensions(new Replace(from, to)));
        server.start();
        server.stubFor(any(anyUrl()).willReturn(aResponse().proxiedFrom(upstream)));
    }

    /** A proxy in front of the suite's embedded stub, replacing {@code from} by {@code to}. */
    static MutatingProxy inFrontOfEmbeddedStub(String from, String to) {
        return new MutatingProxy(EmbeddedStub.get().baseUrl(), from, to);
    }

    /** A target: the embedded stub, reached through this proxy, its server still controlled. */
    Target target() {
        return Target.embeddedThrough(URI.create("http://127.0.0.1:" + server.port()
                + OmegaStub.ENDPOINT_PATH), Roles.packaged());
    }

    @Override
    public void close() {
        server.stop();
    }

    /**
     * Replaces one text in every response body. A gzip body from upstream is inflated
     * first and sent on plain, without its Content-Encoding.
     */
    private static final class Replace implements ResponseTransformerV2 {

        private final String from;
        private final String to;

        Replace(String from, String to) {
            this.from = from;
            this.to = to;
        }

        @Override
        public Response transform(Response response, ServeEvent event) {
            String body = text(response).replace(from, to);
            HttpHeaders headers = new HttpHeaders(response.getHeaders().all().stream()
                    .filter(h -> !h.keyEquals("Content-Length")
                            && !h.keyEquals("Content-Encoding"))
                    .toList().toArray(HttpHeader[]::new));
            return Response.Builder.like(response).but().headers(headers)
                    .body(body.getBytes(StandardCharsets.UTF_8)).build();
        }

        @Override
        public String getName() {
            return "replace-text";
        }

        private static String text(Response response) {
            boolean gzip = response.getHeaders().all().stream().anyMatch(h ->
                    h.keyEquals("Content-Encoding") && h.firstValue().equalsIgnoreCase("gzip"));
            if (!gzip) {
                return response.getBodyAsString();
            }
            try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(
                    new java.io.ByteArrayInputStream(response.getBody()))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
