package dev.omegacoup.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.conformance.Requirement.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite's tags against the project's list of requirement ids: every id has a
 * scenario, every tag names a known id, and losing a tag is caught.
 */
class TraceabilityTest {

    private static final Path FEATURES = Path.of("features");
    private static final Requirements CATALOGUE = Requirements.packaged();
    private static Map<String, String> features;

    @BeforeAll
    static void readFeatures() throws IOException {
        try (Stream<Path> files = Files.walk(FEATURES)) {
            features = new TreeMap<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".feature")).toList()) {
                features.put(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void everyRequirementHasAScenarioAndEveryTagIsKnown() {
        List<String> problems = problemsOf(UnaryOperator.identity());

        assertEquals(List.of(), problems);
    }

    @Test
    void removingEveryTagOfAnIdFailsTheCheck() {
        List<Requirement> traced = CATALOGUE.all().stream()
                .filter(r -> r.kind() == Kind.SCENARIO).toList();

        for (Requirement requirement : traced) {
            Pattern tag = Pattern.compile("@" + Pattern.quote(requirement.id()) + "(?![\\w-])");
            List<String> problems = problemsOf(text -> tag.matcher(text).replaceAll(""));

            assertTrue(problems.stream().anyMatch(p -> p.startsWith(requirement.id() + " has no")),
                    "removing @" + requirement.id() + " went unnoticed: " + problems);
        }
    }

    @Test
    void removingOneLetteredTextLeavesItsGroupUncovered() {
        Pattern tag = Pattern.compile("@RC-6d(?![\\w-])");

        List<String> problems = problemsOf(text -> tag.matcher(text).replaceAll(""));

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("RC-6 has no")),
                problems::toString);
    }

    @Test
    void aTagNamingAnUnknownIdFailsTheCheck() {
        List<String> problems = problemsOf(text -> text.replace("@BR-13", "@BR-13 @BR-99"));

        assertTrue(problems.stream().anyMatch(p -> p.contains("names @BR-99, which is not in")),
                problems::toString);
    }

    @Test
    void anUnknownSelectionTagFailsTheCheck() {
        List<String> problems = problemsOf(text -> text.replace("@serveur", "@serveur @wip"));

        assertTrue(problems.stream().anyMatch(p -> p.contains("unknown tag @wip")),
                problems::toString);
    }

    @Test
    void everyTaggedIdAppearsInTheFeatureFiles() {
        Matcher ids = Requirement.TAG.matcher(String.join("\n", features.values()));
        List<String> tagged = ids.results().map(m -> m.group(1)).distinct().sorted().toList();

        List<String> unknown = tagged.stream().filter(id -> !CATALOGUE.isKnown(id)).toList();

        assertEquals(List.of(), unknown);
    }

    private static List<String> problemsOf(UnaryOperator<String> edit) {
        Map<String, String> edited = features.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, e -> edit.apply(e.getValue()), (a, b) -> a, TreeMap::new));
        return Traceability.problems(CATALOGUE, FeatureScan.scenarios(edited));
    }
}
