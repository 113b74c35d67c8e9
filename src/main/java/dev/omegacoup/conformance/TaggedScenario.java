package dev.omegacoup.conformance;

import java.util.List;
import java.util.Set;

/** A scenario (one row of an outline counts as one) with every tag it inherits. */
public record TaggedScenario(String name, String location, Set<String> tags) {

    public TaggedScenario {
        tags = Set.copyOf(tags);
    }

    /** The requirement ids among the tags, without the @. */
    public List<String> requirementIds() {
        return tags.stream().filter(t -> Requirement.TAG.matcher(t).matches())
                .map(t -> t.substring(1)).sorted().toList();
    }
}
