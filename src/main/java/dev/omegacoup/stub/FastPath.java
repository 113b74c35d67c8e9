package dev.omegacoup.stub;

import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.matching.CustomMatcherDefinition;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.omegacoup.soap.RequestSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Decides whether a SOAP request can go straight to the engine, without WireMock's
 * matching, journal and rendering: yes when no override mapping could match it. An
 * override keyed with the {@code omega-request} matcher is checked here, on the summary of
 * the request's one parse; any other kind of override sends every request through
 * WireMock, which then decides as it always does.
 */
final class FastPath {

    private volatile SoapEndpoint endpoint;
    private volatile MappingsView<Overrides> overrides;

    void bind(SoapEndpoint endpoint, Supplier<List<StubMapping>> mappings) {
        this.endpoint = endpoint;
        this.overrides = new MappingsView<>(mappings, Overrides::of);
    }

    /** The engine to answer with, or null when WireMock must see the request. */
    SoapEndpoint engineFor(byte[] body, String soapAction) {
        SoapEndpoint engine = endpoint;
        MappingsView<Overrides> view = overrides;
        if (engine == null || view == null) {
            return null;
        }
        Overrides current = view.get();
        if (current.undecidable) {
            return null;
        }
        if (current.keys.isEmpty()) {
            return engine;
        }
        RequestSummary summary = engine.read(body, soapAction).summary();
        for (OmegaRequestKey key : current.keys) {
            if (key.matches(summary)) {
                return null;
            }
        }
        return engine;
    }

    /**
     * The override mappings sorted once: whether one of them could match a request this
     * class cannot judge, and the omega-request keys to check against each request.
     */
    private record Overrides(boolean undecidable, List<OmegaRequestKey> keys) {

        static Overrides of(List<StubMapping> mappings) {
            List<OmegaRequestKey> keys = new ArrayList<>();
            for (StubMapping mapping : mappings) {
                RequestPattern request = mapping.getRequest();
                if (!mayOverride(mapping)) {
                    continue;
                }
                if (queriedEndpoint(request)) {
                    return new Overrides(true, List.of());
                }
                if (!onEndpointPath(request)) {
                    if (request.getUrlMatcher() != null && !isFixedPath(request)) {
                        return new Overrides(true, List.of());
                    }
                    continue;
                }
                CustomMatcherDefinition custom = request.getCustomMatcher();
                if (!onlyOmegaMatcher(request) || custom == null) {
                    return new Overrides(true, List.of());
                }
                keys.add(OmegaRequestKey.of(custom.getParameters()));
            }
            return new Overrides(false, List.copyOf(keys));
        }
    }

    private static boolean mayOverride(StubMapping mapping) {
        return OmegaStub.mayComeBeforeEngine(mapping)
                && mayBePost(mapping.getRequest().getMethod());
    }

    private static boolean mayBePost(RequestMethod method) {
        return method == null || RequestMethod.ANY.equals(method)
                || RequestMethod.POST.equals(method);
    }

    private static boolean onEndpointPath(RequestPattern request) {
        return OmegaStub.ENDPOINT_PATH.equals(request.getUrlPath())
                || OmegaStub.ENDPOINT_PATH.equals(request.getUrl());
    }

    /** A fixed URL of the endpoint with a query: the guard judges paths, not queries. */
    private static boolean queriedEndpoint(RequestPattern request) {
        return request.getUrl() != null
                && request.getUrl().startsWith(OmegaStub.ENDPOINT_PATH + "?");
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
