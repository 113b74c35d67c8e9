package dev.omegacoup.stub;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.CustomMatcherDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decides whether a SOAP request can go straight to the engine, without WireMock's
 * matching, journal and rendering: yes when no override mapping could match it. An
 * override keyed with the {@code omega-request} matcher is checked here, on the one
 * reading of the body; any other kind of override sends every request through WireMock,
 * which then decides as it always does.
 */
final class FastPath {

    private volatile SoapEndpoint endpoint;
    private volatile Supplier<List<StubMapping>> mappings;

    void bind(SoapEndpoint endpoint, Supplier<List<StubMapping>> mappings) {
        this.endpoint = endpoint;
        this.mappings = mappings;
    }

    /** The engine to answer with, or null when WireMock must see the request. */
    SoapEndpoint engineFor(byte[] body) {
        SoapEndpoint engine = endpoint;
        Supplier<List<StubMapping>> current = mappings;
        if (engine == null || current == null) {
            return null;
        }
        for (StubMapping mapping : current.get()) {
            if (mayMatch(mapping, body)) {
                return null;
            }
        }
        return engine;
    }

    private static boolean mayMatch(StubMapping mapping, byte[] body) {
        int priority = OmegaStub.priorityOf(mapping);
        RequestPattern request = mapping.getRequest();
        if (priority >= OmegaStub.ENGINE_PRIORITY || !mayBePost(request.getMethod())) {
            return false;
        }
        if (!onEndpointPath(request)) {
            return request.getUrlMatcher() != null && !isFixedPath(request);
        }
        if (!onlyOmegaMatcher(request)) {
            return true;
        }
        CustomMatcherDefinition custom = request.getCustomMatcher();
        return custom == null || new OmegaRequestMatcher()
                .match(RequestSummary.of(body), custom.getParameters());
    }

    private static boolean mayBePost(RequestMethod method) {
        return method == null || RequestMethod.ANY.equals(method)
                || RequestMethod.POST.equals(method);
    }

    private static boolean onEndpointPath(RequestPattern request) {
        return OmegaStub.ENDPOINT_PATH.equals(request.getUrlPath())
                || OmegaStub.ENDPOINT_PATH.equals(request.getUrl());
    }

    private static boolean isFixedPath(RequestPattern request) {
        return request.getUrlPath() != null || request.getUrl() != null;
    }

    /** Nothing but method, path and the omega-request matcher: decidable here. */
    private static boolean onlyOmegaMatcher(RequestPattern request) {
        CustomMatcherDefinition custom = request.getCustomMatcher();
        return empty(request.getHeaders()) && empty(request.getQueryParameters())
                && empty(request.getCookies()) && empty(request.getFormParameters())
                && empty(request.getPathParameters())
                && (request.getBodyPatterns() == null || request.getBodyPatterns().isEmpty())
                && (request.getMultipartPatterns() == null
                        || request.getMultipartPatterns().isEmpty())
                && request.getBasicAuthCredentials() == null
                && request.getHost() == null && request.getPort() == null
                && request.getScheme() == null && request.getClientIp() == null
                && (custom == null || OmegaRequestMatcher.NAME.equals(custom.getName()));
    }

    private static boolean empty(Map<?, ?> map) {
        return map == null || map.isEmpty();
    }
}
