package dev.omegacoup.certification;

import com.github.tomakehurst.wiremock.matching.CustomMatcherDefinition;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.omegacoup.soap.RequestSummary;
import dev.omegacoup.stub.MappingsView;
import dev.omegacoup.stub.OmegaRequestKey;
import dev.omegacoup.stub.OmegaRequestMatcher;
import dev.omegacoup.stub.OmegaStub;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long the stub holds an answer back: the fixed delay, if any, of the first mapping
 * that sends the request to the engine through the omega-request matcher (the packaged
 * EV-2 / EV-5 / EV-9 ones, an injected fault, or a user's override without a delay). The
 * engine does not know it, WireMock waits after.
 */
final class AnswerDelays {

    private final MappingsView<List<Delay>> delays;

    AnswerDelays(Supplier<List<StubMapping>> mappings) {
        this.delays = new MappingsView<>(mappings, AnswerDelays::delaysOf);
    }

    long delayMillis(byte[] request) {
        List<Delay> known = delays.get();
        if (known.isEmpty()) {
            return 0;
        }
        RequestSummary summary = RequestSummary.of(request);
        for (Delay delay : known) {
            if (delay.key.matches(summary)) {
                return delay.millis;
            }
        }
        return 0;
    }

    /** The delay mappings, first to apply first. */
    private static List<Delay> delaysOf(List<StubMapping> mappings) {
        return mappings.stream()
                .filter(AnswerDelays::sendsToTheEngine)
                .sorted(Comparator.comparingInt(OmegaStub::priorityOf))
                .map(mapping -> new Delay(OmegaRequestKey.of(mapping.getRequest()
                        .getCustomMatcher().getParameters()),
                        delayOf(mapping)))
                .toList();
    }

    private static boolean sendsToTheEngine(StubMapping mapping) {
        CustomMatcherDefinition custom = mapping.getRequest().getCustomMatcher();
        List<String> transformers = mapping.getResponse().getTransformers();
        return OmegaStub.mayComeBeforeEngine(mapping) && custom != null
                && OmegaRequestMatcher.NAME.equals(custom.getName())
                && transformers != null && transformers.contains(OmegaStub.ENGINE_TRANSFORMER);
    }

    private static long delayOf(StubMapping mapping) {
        Integer delay = mapping.getResponse().getFixedDelayMilliseconds();
        return delay == null ? 0 : delay;
    }

    private record Delay(OmegaRequestKey key, long millis) {
    }
}
