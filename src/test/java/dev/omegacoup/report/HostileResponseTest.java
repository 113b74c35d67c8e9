package dev.omegacoup.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.conformance.Requirements;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What an endpoint sends stays text in the reports: no markup, no script, no fetch. */
class HostileResponseTest {

    @Test
    void scriptInsideAnXmlResponseIsEscapedInHtml() {
        String html = html("<r><m>&lt;script&gt;alert(1)&lt;/script&gt;</m>"
                + "<x:script xmlns:x=\"http://www.w3.org/1999/xhtml\">alert(2)</x:script></r>");

        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"),
                "a script element got through");
        assertFalse(html.contains("<x:script"), "markup got through");
        assertTrue(html.contains("&lt;x:script xmlns:x="), "the element is not shown as text");
    }

    @Test
    void responseThatIsNotXmlIsShownAsEscapedText() {
        String html = html("<html><body onload=alert(1)><script>alert(1)</script>");

        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"),
                "a script element got through");
        assertFalse(html.contains("<body onload"), "markup got through");
        assertTrue(html.contains("&lt;html&gt;&lt;body onload=alert(1)&gt;&lt;script&gt;"),
                "the response is not shown as text");
        assertTrue(html.contains("not XML, shown as text"), "no note says it is not XML");
    }

    @Test
    void theHtmlForbidsScriptsAndFetchesItself() {
        String html = html("<r/>");

        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""));
        assertFalse(html.contains("src=") || html.contains("<link"), "it loads a resource");
    }

    @Test
    void anExternalEntityIsNeitherResolvedNorFetched() {
        PrettyMessage shown = PrettyMessage.of(("<!DOCTYPE r [<!ENTITY e SYSTEM"
                + " \"http://127.0.0.1:9/e\">]><r>&e;</r>").getBytes(StandardCharsets.UTF_8));

        assertTrue(shown.note().startsWith("not XML"), shown.note());
        assertTrue(shown.text().contains("&e;"), shown.text());
    }

    @Test
    void xmlIsIndentedOneElementPerLine() {
        PrettyMessage shown = PrettyMessage.of("<r><a>1</a><b>deux</b></r>"
                .getBytes(StandardCharsets.UTF_8));

        assertEquals("", shown.note());
        assertEquals(List.of("<r>", "<a>1</a>", "<b>deux</b>", "</r>"),
                shown.text().lines().map(String::strip).toList());
    }

    @Test
    void backticksInAResponseCannotCloseTheMarkdownBlock() {
        String markdown = MarkdownMatrix.render(new ConformanceMatrix(Requirements.packaged(),
                List.of(Scenarios.answered("1", "````\n# injected\n````")), "embedded stub",
                Scenarios.NOON));

        assertTrue(markdown.contains("`````text\n````\n# injected\n````\n`````"), markdown);
    }

    private static String html(String response) {
        return HtmlMatrix.render(new ConformanceMatrix(Requirements.packaged(),
                List.of(Scenarios.answered("4000000001", response)), "embedded stub",
                Scenarios.NOON));
    }
}
