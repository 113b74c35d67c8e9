package dev.omegacoup.stub;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import com.github.tomakehurst.wiremock.matching.RequestMatcherExtension;
import dev.omegacoup.soap.Operation;
import java.util.Arrays;

/**
 * A WireMock request matcher for override mappings, keyed on what a SOAP request is
 * about: {@code operation} (e.g. CreerDemandeCOUP, or several separated by commas),
 * {@code pce}, {@code login}; each one given must match. In a mapping file:
 * <pre>{@code "customMatcher": {"name": "omega-request",
 *     "parameters": {"operation": "CreerDemandeCOUP", "pce": "21000000000023"}}}</pre>
 * The body is read once per request, however many such mappings there are.
 */
public final class OmegaRequestMatcher extends RequestMatcherExtension {

    public static final String NAME = "omega-request";

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public MatchResult match(Request request, Parameters parameters) {
        return MatchResult.of(match(RequestSummary.of(request.getBody()), parameters));
    }

    /**
     * Whether a request's body meets an omega-request mapping's parameters, on the
     * request's one cached reading.
     */
    public static boolean matches(Parameters parameters, byte[] body) {
        return new OmegaRequestMatcher().match(RequestSummary.of(body), parameters);
    }

    boolean match(RequestSummary summary, Parameters parameters) {
        return operationMatches(parameters, summary.requestElement())
                && matches(parameters.getString("pce", null), summary.numeroPce())
                && matches(parameters.getString("login", null), summary.login());
    }

    private static boolean operationMatches(Parameters parameters, String requestElement) {
        String operations = parameters.getString("operation", null);
        return operations == null || Arrays.stream(operations.split(","))
                .map(name -> Operation.bySoapAction(name.strip()))
                .anyMatch(op -> op.isPresent()
                        && op.get().requestElement().equals(requestElement));
    }

    private static boolean matches(String expected, String actual) {
        return expected == null || expected.equals(actual);
    }
}
