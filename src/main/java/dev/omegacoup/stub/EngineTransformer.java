package dev.omegacoup.stub;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import dev.omegacoup.soap.Soap;
import dev.omegacoup.stub.SoapEndpoint.SoapAnswer;

/**
 * Plugs the OMEGA engine into WireMock: the catch-all mapping of the SOAP endpoint
 * names this transformer, and any more specific mapping a user adds in front of it
 * (fault injection, a canned answer for one PCE) wins by WireMock's priority order.
 */
final class EngineTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "omega-engine";
    /**
     * Set by {@link RequestGuard} from the verified TLS client certificate only; a header
     * of that name sent by a client is removed first.
     */
    static final String CERTIFICATE_HEADER = "X-Omega-Client-Certificate-DN";

    private final SoapEndpoint endpoint;

    EngineTransformer(SoapEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        SoapAnswer answer = endpoint.answer(request.getBody(), request.getHeader("SOAPAction"),
                request.getHeader(CERTIFICATE_HEADER));
        ResponseDefinition stubbed = serveEvent.getResponseDefinition();
        return ResponseDefinitionBuilder.like(stubbed)
                .but()
                .withStatus(answer.status())
                .withHeaders(new HttpHeaders(new HttpHeader("Content-Type", Soap.CONTENT_TYPE)))
                .withBody(answer.body())
                .build();
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public String getName() {
        return NAME;
    }
}
