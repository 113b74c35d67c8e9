package dev.omegacoup.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.omegacoup.xml.Contract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-style checks with seeded random inputs (reproducible: the seed is in the test
 * name). Any bytes get a Client fault or a normal answer, never a Server fault or a
 * page; any Unicode in the free-text fields gets an answer that validates.
 */
class RandomInputTest {

    private static final int CASES = 150;
    private static OmegaStub stub;
    private static SoapEndpoint endpoint;

    @BeforeAll
    static void start() {
        stub = OmegaStub.builder().port(0).build().start();
        endpoint = new SoapEndpoint(Contract.packaged(), stub.omega());
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, CASES).mapToObj(i -> 1_000L + i);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyBytesGetAClientFaultOrAnAnswer(long seed) throws Exception {
        byte[] request = mutate(sample("creer-demande.xml"), new Random(seed));

        SoapEndpoint.SoapAnswer answer = endpoint.answer(request, null, null);

        String body = new String(answer.body(), StandardCharsets.UTF_8);
        assertFalse(body.contains("soap:Server"), body);
        assertTrue(answer.status() == 200 && body.contains("ReponseWSCreerDemandeCOUP")
                || answer.status() == 500 && body.contains("soap:Client"), body);
        assertEquals(List.of(), Contract.packaged().validate(answer.body()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void anyUnicodeInFreeTextGetsAValidAnswer(long seed) throws Exception {
        Random random = new Random(seed);
        String request = new String(sample("creer-demande.xml"), StandardCharsets.UTF_8)
                .replace("Martin Dupont", escape(unicode(random, 40)))
                .replace("B1234", escape(unicode(random, 8)))
                .replace("Bâtiment B, 3e étage", escape(unicode(random, 120)));

        SoapEndpoint.SoapAnswer answer = endpoint.answer(
                request.getBytes(StandardCharsets.UTF_8), null, null);

        assertEquals(200, answer.status(), new String(answer.body(), StandardCharsets.UTF_8));
        assertEquals(List.of(), Contract.packaged().validate(answer.body()));
    }

    /** A few random edits: flipped bytes, cut tails, duplicated or deleted runs. */
    private static byte[] mutate(byte[] original, Random random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> bytes = java.util.Arrays.copyOf(bytes, Math.max(1, at));
                case 2 -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(40));
                    byte[] longer = new byte[bytes.length + length];
                    System.arraycopy(bytes, 0, longer, 0, at + length);
                    System.arraycopy(bytes, at, longer, at + length, bytes.length - at);
                    bytes = longer;
                }
                default -> {
                    int length = Math.min(bytes.length - at - 1, 1 + random.nextInt(40));
                    byte[] shorter = new byte[bytes.length - Math.max(0, length)];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + Math.max(0, length), shorter, at,
                            shorter.length - at);
                    bytes = shorter;
                }
            }
        }
        return bytes;
    }

    /** Code points XML 1.0 allows, from every plane, combining marks and controls too. */
    private static String unicode(Random random, int count) {
        StringBuilder out = new StringBuilder();
        while (out.codePointCount(0, out.length()) < count) {
            int c = random.nextInt(4) == 0 ? random.nextInt(0x80)
                    : random.nextInt(0x10FFFF);
            boolean allowed = c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000;
            if (allowed) {
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\r", "&#13;");
    }

    private static byte[] sample(String name) throws Exception {
        return Files.readAllBytes(Path.of("stubs/samples", name));
    }
}
