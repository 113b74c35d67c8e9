package dev.omegacoup.assertion;

import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import dev.omegacoup.xml.MalformedXmlException;
import dev.omegacoup.xml.SecureXml;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Document;
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

    /**
     * Made once: the placeholder evaluator loads its handlers with a ServiceLoader, which
     * scans the jar on every construction (11 ms a comparison, measured with JMH).
     */
    private static final DifferenceEvaluator EVALUATOR = DifferenceEvaluators.chain(
            DifferenceEvaluators.Default, new PlaceholderDifferenceEvaluator(), ORDER_MATTERS);

    private TemplateComparison() {
    }

    /** The template through the project's hardened parser. */
    private static Node parse(String template) {
        try {
            Document document = SecureXml.parse(template.getBytes(StandardCharsets.UTF_8));
            stripped(document);
            return document.getDocumentElement();
        } catch (MalformedXmlException e) {
            throw new IllegalArgumentException("the expected template is not XML: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Without comments and without the white space of indentation, text trimmed: what
     * XMLUnit's ignoreWhitespace and ignoreComments do, without the factory look-up and
     * XSLT they run on every comparison.
     */
    private static Node stripped(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            short type = child.getNodeType();
            if (type == Node.COMMENT_NODE || type == Node.PROCESSING_INSTRUCTION_NODE) {
                node.removeChild(child);
            } else if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                String text = child.getNodeValue().strip();
                if (text.isEmpty()) {
                    node.removeChild(child);
                } else {
                    child.setNodeValue(text);
                }
            } else {
                stripped(child);
            }
            child = next;
        }
        return node;
    }

    public static void assertMatches(String template, Node actual, String what) {
        Diff diff = DiffBuilder.compare(Input.fromNode(parse(template)))
                .withTest(Input.fromNode(stripped(actual.cloneNode(true))))
                .withDocumentBuilderFactory(SecureXml.documentBuilderFactory())
                .withNodeMatcher(new DefaultNodeMatcher(ElementSelectors.byName))
                .withDifferenceEvaluator(EVALUATOR)
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
