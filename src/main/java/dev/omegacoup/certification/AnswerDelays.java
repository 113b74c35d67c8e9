package dev.omegacoup.certification;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.matching.CustomMatcherDefinition;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.omegacoup.soap.Operation;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long the stub holds an answer back: the fixed delay of the first delay mapping (the
 * packaged EV-2 / EV-5 / EV-9 ones, or an injected fault) keyed with the omega-request
 * matcher that matches the request. The engine does not know it, WireMock waits after.
 */
final class AnswerDelays {

    private static final String MATCHER = "omega-request";
    private static final String ENGINE = "omega-engine";
    private static final int ENGINE_PRIORITY = 10;

    private final Supplier<List<StubMapping>> mappings;

    AnswerDelays(Supplier<List<StubMapping>> mappings) {
        this.mappings = mappings;
    }

    long delayMillis(QuickSummary request) {
        return mappings.get().stream()
                .filter(AnswerDelays::delaysTheEngine)
                .filter(mapping -> matches(mapping.getRequest().getCustomMatcher()
                        .getParameters(), request))
                .min(Comparator.comparingInt(AnswerDelays::priority))
                .map(mapping -> (long) mapping.getResponse().getFixedDelayMilliseconds())
                .orElse(0L);
    }

    private static boolean delaysTheEngine(StubMapping mapping) {
        CustomMatcherDefinition custom = mapping.getRequest().getCustomMatcher();
        List<String> transformers = mapping.getResponse().getTransformers();
        return priority(mapping) < ENGINE_PRIORITY && custom != null
                && MATCHER.equals(custom.getName())
                && mapping.getResponse().getFixedDelayMilliseconds() != null
                && transformers != null && transformers.contains(ENGINE);
    }

    private static int priority(StubMapping mapping) {
        return mapping.getPriority() == null ? 5 : mapping.getPriority();
    }

    private static boolean matches(Parameters parameters, QuickSummary request) {
        String operations = parameters.getString("operation", null);
        boolean operation = operations == null || Arrays.stream(operations.split(","))
                .map(name -> Operation.bySoapAction(name.strip()))
                .anyMatch(op -> op.isPresent()
                        && op.get().requestElement().equals(request.requestElement()));
        return operation && same(parameters.getString("pce", null), request.pce())
                && same(parameters.getString("login", null), request.login());
    }

    private static boolean same(String expected, String actual) {
        return expected == null || expected.equals(actual);
    }
}
