package dev.omegacoup.conformance;

import dev.omegacoup.conformance.Requirement.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the suite against the catalogue: every requirement to be shown by a scenario has
 * one, and every tag names a known requirement or is one of the few selection tags.
 */
public final class Traceability {

    /** Lower-case tags that select or schedule scenarios rather than name requirements. */
    public static final Set<String> SELECTION_TAGS = Set.of(
            Tags.SERVER_CONTROL, Tags.ISOLATED, Tags.STUB_BUG);

    private Traceability() {
    }

    /** The problems found, each a sentence naming the id or the tag; empty when sound. */
    public static List<String> problems(Requirements catalogue, List<TaggedScenario> scenarios) {
        List<String> problems = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        for (TaggedScenario scenario : scenarios) {
            for (String tag : scenario.tags()) {
                checkTag(catalogue, scenario, tag, covered, problems);
            }
        }
        for (Requirement requirement : catalogue.all()) {
            if (!isCovered(catalogue, requirement, covered)) {
                problems.add(requirement.id() + " has no scenario (" + requirement.summary()
                        + "): tag a scenario @" + requirement.id());
            }
        }
        return problems;
    }

    private static void checkTag(Requirements catalogue, TaggedScenario scenario, String tag,
            Set<String> covered, List<String> problems) {
        if (Requirement.TAG.matcher(tag).matches()) {
            String id = tag.substring(1);
            if (catalogue.isKnown(id)) {
                covered.add(id);
            } else {
                problems.add(scenario.location() + " \"" + scenario.name() + "\" names " + tag
                        + ", which is not in " + Requirements.PACKAGED);
            }
        } else if (!SELECTION_TAGS.contains(tag)) {
            problems.add(scenario.location() + " \"" + scenario.name() + "\" has the unknown"
                    + " tag " + tag + "; known selection tags: " + new TreeSet<>(SELECTION_TAGS));
        }
    }

    private static boolean isCovered(Requirements catalogue, Requirement requirement,
            Set<String> covered) {
        return switch (requirement.kind()) {
            case PRODUCT -> true;
            case SCENARIO -> covered.contains(requirement.id());
            case GROUP -> {
                List<Requirement> children = catalogue.under(requirement.id());
                yield !children.isEmpty() && children.stream()
                        .allMatch(child -> child.kind() != Kind.SCENARIO
                                || covered.contains(child.id()));
            }
        };
    }
}
