package dev.omegacoup.assertion;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.omegacoup.xml.SecureXml;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/** Prefixes, indentation and comments do not matter; elements, order and values do. */
class TemplateComparisonTest {

    private static final String TEMPLATE = "<r xmlns='urn:t'>\n  <!-- expected -->\n"
            + "  <a>1</a>\n  <b>${xmlunit.matchesRegex(\\d+)}</b>\n</r>";

    @Test
    void otherPrefixAndLayoutStillMatch() {
        assertDoesNotThrow(() -> TemplateComparison.assertMatches(TEMPLATE,
                element("<x:r xmlns:x='urn:t'><x:a> 1 </x:a><!--c--><x:b>42</x:b></x:r>"),
                "the answer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<r xmlns='urn:t'><a>1</a></r>",
        "<r xmlns='urn:t'><a>1</a><b>2</b><c/></r>",
        "<r xmlns='urn:t'><b>2</b><a>1</a></r>",
        "<r xmlns='urn:t'><a>2</a><b>2</b></r>",
        "<r xmlns='urn:other'><a>1</a><b>2</b></r>",
        "<r xmlns='urn:t'><a>1</a><b>x</b></r>"})
    void missingExtraReorderedOrOtherValuesFail(String actual) {
        assertThrows(ConformanceFailure.class,
                () -> TemplateComparison.assertMatches(TEMPLATE, element(actual), "the answer"));
    }

    private static Element element(String xml) throws Exception {
        return SecureXml.parse(xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    }
}
