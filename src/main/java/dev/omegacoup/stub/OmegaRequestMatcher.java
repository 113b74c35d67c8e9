package dev.omegacoup.stub;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import dev.omegacoup.soap.RequestSummary;

/**
 * A WireMock request matcher for override mappings, keyed on what a SOAP request is
 * about: {@code operation} (e.g. CreerDemandeCOUP, or several separated by commas),
 * {@code pce}, {@code login}; each one given must match. In a mapping file:
 * <pre>{@code "customMatcher": {"name": "omega-request",
 *     "parameters": {"operation": "CreerDemandeCOUP", "pce": "21000000000023"}}}</pre>
 * It matches on the request's {@link RequestSummary}, which the stub reads once per request
 * however many such mappings there are.
 */
public final class OmegaRequestMatcher extends RequestMatcherExtension {

    public static final String NAME = "omega-request";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public MatchResult match(Request request, Parameters parameters) {
        return MatchResult.of(matches(parameters, request.getBody()));
    }

    /** Whether a request's body meets an omega-request mapping's parameters. */
    public static boolean matches(Parameters parameters, byte[] body) {
        return OmegaRequestKey.of(parameters).matches(RequestSummary.of(body));
    }
}
