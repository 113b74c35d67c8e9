package dev.omegacoup.conformance;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Source;
import io.cucumber.messages.types.SourceMediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads feature files with Cucumber's own Gherkin parser, so that the scenarios and the
 * tags they inherit (feature, rule, examples) are exactly those Cucumber runs.
 */
public final class FeatureScan {

    private FeatureScan() {
    }

    /**
     * @param features the text of each feature file, by its location
     */
    public static List<TaggedScenario> scenarios(Map<String, String> features) {
        GherkinParser parser = GherkinParser.builder()
                .includeSource(false).includeGherkinDocument(false).includePickles(true)
                .build();
        List<TaggedScenario> scenarios = new ArrayList<>();
        features.forEach((uri, text) -> {
            Envelope source = Envelope.of(new Source(uri, text,
                    SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN));
            parser.parse(source).forEach(envelope -> {
                envelope.getParseError().ifPresent(error -> {
                    throw new IllegalArgumentException(uri + ": " + error.getMessage());
                });
                envelope.getPickle().map(pickle -> scenario(uri, pickle))
                        .ifPresent(scenarios::add);
            });
        });
        return scenarios;
    }

    private static TaggedScenario scenario(String uri, Pickle pickle) {
        return new TaggedScenario(pickle.getName(), uri,
                pickle.getTags().stream().map(PickleTag::getName).collect(Collectors.toSet()));
    }
}
