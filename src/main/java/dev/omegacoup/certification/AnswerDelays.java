package dev.omegacoup.certification;

import com.github.tomakehurst.wiremock.matching.CustomMatcherDefinition;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.omegacoup.stub.OmegaRequestMatcher;
import dev.omegacoup.stub.OmegaStub;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long the stub holds an answer back: the fixed delay of the first delay mapping (the
 * packaged EV-2 / EV-5 / EV-9 ones, or an injected fault) keyed with the omega-request
 * matcher that matches the request. The engine does not know it, WireMock waits after.
 */
final class AnswerDelays {

    private final Supplier<List<StubMapping>> mappings;

    AnswerDelays(Supplier<List<StubMapping>> mappings) {
        this.mappings = mappings;
    }

    long delayMillis(byte[] request) {
        return mappings.get().stream()
                .filter(AnswerDelays::delaysTheEngine)
                .filter(mapping -> OmegaRequestMatcher.matches(mapping.getRequest()
                        .getCustomMatcher().getParameters(), request))
                .min(Comparator.comparingInt(OmegaStub::priorityOf))
                .map(mapping -> (long) mapping.getResponse().getFixedDelayMilliseconds())
                .orElse(0L);
    }

    private static boolean delaysTheEngine(StubMapping mapping) {
        CustomMatcherDefinition custom = mapping.getRequest().getCustomMatcher();
        List<String> transformers = mapping.getResponse().getTransformers();
        return OmegaStub.priorityOf(mapping) < OmegaStub.ENGINE_PRIORITY && custom != null
                && OmegaRequestMatcher.NAME.equals(custom.getName())
                && mapping.getResponse().getFixedDelayMilliseconds() != null
                && transformers != null && transformers.contains(OmegaStub.ENGINE_TRANSFORMER);
    }
}
