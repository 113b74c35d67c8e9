package dev.omegacoup.stub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.omegacoup.soap.Operation;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a fault request into a WireMock mapping placed in front of the engine: a delay
 * before OMEGA's real answer (the "end after 5 minutes" branches of EV-2, EV-5, EV-9),
 * a connection reset, an empty or truncated response, or HTTP 503. It applies to the
 * requests that match every criterion given: operation, PCE, login.
 */
public record FaultInjection(Kind kind, String operation, String pce, String login,
        int delayMillis) {

    public static final int PRIORITY = 5;
    static final String METADATA_KEY = "omegaFault";
    private static final Pattern SAFE_VALUE = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public FaultInjection {
        if (kind == null) {
            throw new IllegalArgumentException("a fault needs a kind: "
                    + Arrays.toString(Kind.values()));
        }
        if (operation != null && Operation.bySoapAction(operation).isEmpty()) {
            throw new IllegalArgumentException("unknown operation " + operation);
        }
        checkValue("pce", pce);
        checkValue("login", login);
        if (delayMillis < 0 || delayMillis > 3_600_000) {
            throw new IllegalArgumentException("delayMillis must be within 0..3600000");
        }
    }

    /** The WireMock mapping that plays this fault. */
    public StubMapping toMapping() {
        MappingBuilder mapping = post(urlPathEqualTo(OmegaStub.ENDPOINT_PATH))
                .atPriority(PRIORITY)
                .withMetadata(Map.of(METADATA_KEY, describe()));
        Map<String, Object> criteria = new java.util.LinkedHashMap<>();
        if (operation != null) {
            criteria.put("operation", operation);
        }
        if (pce != null) {
            criteria.put("pce", pce);
        }
        if (login != null) {
            criteria.put("login", login);
        }
        mapping.andMatching(OmegaRequestMatcher.NAME, Parameters.from(criteria));
        return mapping.willReturn(response()).build();
    }

    private ResponseDefinitionBuilder response() {
        return switch (kind) {
            case DELAY -> aResponse().withTransformers(EngineTransformer.NAME)
                    .withFixedDelay(delayMillis);
            case CONNECTION_RESET -> aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
            case EMPTY_RESPONSE -> aResponse().withFault(Fault.EMPTY_RESPONSE);
            case TRUNCATED -> aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK);
            case HTTP_503 -> aResponse().withStatus(503).withFixedDelay(delayMillis)
                    .withHeader("Content-Type", "text/plain; charset=utf-8")
                    .withBody("Service Unavailable\n");
        };
    }

    private String describe() {
        return kind + (operation == null ? "" : " operation=" + operation)
                + (pce == null ? "" : " pce=" + pce) + (login == null ? "" : " login=" + login)
                + (delayMillis == 0 ? "" : " delayMillis=" + delayMillis);
    }

    private static void checkValue(String name, String value) {
        if (value != null && !SAFE_VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " must be 1 to 64 letters, digits or"
                    + " ._@- characters");
        }
    }

    /** Matches the fault mappings, to list or remove them. */
    static com.github.tomakehurst.wiremock.matching.StringValuePattern metadataPattern() {
        return matchingJsonPath("$." + METADATA_KEY);
    }

    /** What the fault does. */
    public enum Kind {
        DELAY, CONNECTION_RESET, EMPTY_RESPONSE, TRUNCATED, HTTP_503
    }

    static Kind kindOf(String name) {
        try {
            return Kind.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("fault must be one of "
                    + Arrays.toString(Kind.values()));
        }
    }
}
