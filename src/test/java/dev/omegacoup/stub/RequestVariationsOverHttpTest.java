package dev.omegacoup.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.omegacoup.stub.SoapOverHttp.Answer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A valid request written another way (prefixes, default namespace, layout, SOAPAction,
 * declared encoding) gets the same answer, NumeroDemande aside.
 */
class RequestVariationsOverHttpTest extends StubOverHttp {

    private static final String BASE = SoapOverHttp.creer(SoapOverHttp.alpha("V4"),
            SoapOverHttp.FREE_6M, "Z4", "2027-01-13", "DA");
    private static final String UTF8 = "text/xml; charset=utf-8";

    static Stream<Arguments> variations() {
        UnaryOperator<String> same = s -> s;
        return Stream.of(
                variation("other prefixes", s -> s
                        .replace("soapenv:", "s:").replace("xmlns:soapenv", "xmlns:s")
                        .replace("<coup:", "<o:").replace("</coup:", "</o:")
                        .replace("xmlns:coup", "xmlns:o"),
                        StandardCharsets.UTF_8, UTF8, "\"CreerDemandeCOUP\""),
                variation("default namespace", RequestVariationsOverHttpTest::unprefixed,
                        StandardCharsets.UTF_8, UTF8, "\"CreerDemandeCOUP\""),
                variation("one line", s -> s.replaceAll(">\\s+<", "><"),
                        StandardCharsets.UTF_8, UTF8, "\"CreerDemandeCOUP\""),
                variation("SOAPAction unquoted", same, StandardCharsets.UTF_8, UTF8,
                        "CreerDemandeCOUP"),
                variation("SOAPAction absent", same, StandardCharsets.UTF_8, UTF8, null),
                variation("SOAPAction empty", same, StandardCharsets.UTF_8, UTF8, "\"\""),
                variation("SOAPAction as a URI", same, StandardCharsets.UTF_8, UTF8,
                        "\"urn:omega-coup:ws:v4/CreerDemandeCOUP\""),
                variation("ISO-8859-1", s -> s.replace("encoding=\"UTF-8\"",
                        "encoding=\"ISO-8859-1\""), StandardCharsets.ISO_8859_1,
                        "text/xml; charset=ISO-8859-1", "\"CreerDemandeCOUP\""),
                variation("ISO-8859-1 without charset header", s -> s.replace(
                        "encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\""),
                        StandardCharsets.ISO_8859_1, "text/xml", null),
                variation("UTF-8 without declaration", s -> s.substring(
                        s.indexOf("?>") + 2).strip(), StandardCharsets.UTF_8, UTF8, null));
    }

    private static Arguments variation(String name, UnaryOperator<String> rewrite,
            Charset charset, String contentType, String soapAction) {
        return Arguments.of(name, rewrite, charset, contentType, soapAction);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variations")
    void variationGetsTheSameAnswer(String name, UnaryOperator<String> rewrite,
            Charset charset, String contentType, String soapAction) throws Exception {
        Answer reference = soap.post(BASE.getBytes(StandardCharsets.UTF_8), UTF8,
                "\"CreerDemandeCOUP\"");
        String variant = rewrite.apply(BASE);
        stub.omega().reset();

        Answer answer = soap.post(variant.getBytes(charset), contentType, soapAction);

        assertEquals(200, answer.status(), answer.string());
        assertEquals("DatePlageH", reference.code(), reference.string());
        assertEquals(withoutNumeroDemande(reference), withoutNumeroDemande(answer));
    }

    private static String unprefixed(String envelope) {
        return envelope.replace(" xmlns:coup=\"" + SoapOverHttp.NS + "\"", "")
                .replace("<coup:RequeteWSCreerDemandeCOUP>",
                        "<RequeteWSCreerDemandeCOUP xmlns=\"" + SoapOverHttp.NS + "\">")
                .replace("<coup:", "<").replace("</coup:", "</");
    }

    private static String withoutNumeroDemande(Answer answer) {
        return answer.string().replaceAll("(NumeroDemande>)\\d+(</)", "$1$2");
    }
}
