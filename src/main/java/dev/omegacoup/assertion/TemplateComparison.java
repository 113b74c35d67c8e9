package dev.omegacoup.assertion;

import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.builder.Input;
import org.xmlunit.diff.ComparisonResult;
import org.xmlunit.diff.ComparisonType;
import org.xmlunit.diff.DefaultNodeMatcher;
import org.xmlunit.diff.Diff;
import org.xmlunit.diff.DifferenceEvaluator;
import org.xmlunit.diff.DifferenceEvaluators;
import org.xmlunit.diff.ElementSelectors;
import org.xmlunit.placeholder.PlaceholderDifferenceEvaluator;

/**
 * Compares a payload with an expected template (XMLUnit). Namespace prefixes,
 * indentation and comments do not matter; a missing, extra or reordered element, another
 * namespace or another value does. Variable parts of the template are XMLUnit
 * placeholders such as {@code ${xmlunit.matchesRegex(\d{10})}}.
 */
public final class TemplateComparison {

    private static final DifferenceEvaluator ORDER_MATTERS = (comparison, outcome) ->
            comparison.getType() == ComparisonType.CHILD_NODELIST_SEQUENCE
                    && outcome != ComparisonResult.EQUAL ? ComparisonResult.DIFFERENT : outcome;

    private TemplateComparison() {
    }

    public static void assertMatches(String template, Node actual, String what) {
        Diff diff = DiffBuilder.compare(Input.fromString(template))
                .withTest(Input.fromNode(actual))
                .ignoreWhitespace()
                .ignoreComments()
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
                .withDifferenceEvaluator(DifferenceEvaluators.chain(
                        DifferenceEvaluators.Default, new PlaceholderDifferenceEvaluator(),
                        ORDER_MATTERS))
                .checkForSimilar()
                .build();
        if (diff.hasDifferences()) {
            String differences = StreamSupport.stream(diff.getDifferences().spliterator(), false)
                    .map(d -> d.getComparison().toString())
                    .collect(Collectors.joining("\n  - "));
            throw new ConformanceFailure(what + " differs from its expected template:\n  - "
                    + differences);
        }
    }
}
