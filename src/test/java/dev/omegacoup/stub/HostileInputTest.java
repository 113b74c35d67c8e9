package dev.omegacoup.stub;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A catalogue of hostile requests. Each one gets its expected refusal, leaks nothing,
 * fetches nothing, changes no state, and the next valid request is answered normally.
 */
class HostileInputTest {

    private static final String ENV = "<s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/"
            + "envelope/'>";
    private static final String NS = "urn:omega-coup:ws:v4";
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static OmegaStub stub;
    private static ServerSocket trap;
    private static final AtomicInteger FETCHES = new AtomicInteger();

    @BeforeAll
    static void start() throws IOException {
        stub = OmegaStub.builder().port(0).build().start();
        trap = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        Thread trapper = new Thread(() -> {
            while (!trap.isClosed()) {
                try (Socket ignored = trap.accept()) {
                    FETCHES.incrementAndGet();
                } catch (IOException closed) {
                    return;
                }
            }
        }, "xxe-trap");
        trapper.setDaemon(true);
        trapper.start();
    }

    @AfterAll
    static void stop() throws IOException {
        stub.stop();
        trap.close();
    }

    static Stream<Hostile> catalogue() throws IOException {
        String trapUrl = "http://127.0.0.1:" + trap.getLocalPort() + "/x";
        String valid = sample();
        return Stream.of(
                xml("XXE to a local file", "<!DOCTYPE a [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>"
                        + ENV + "<s:Body>&e;</s:Body></s:Envelope>", 500, "Client"),
                xml("XXE to a loopback trap server", "<!DOCTYPE a [<!ENTITY e SYSTEM '" + trapUrl
                        + "'>]>" + ENV + "<s:Body>&e;</s:Body></s:Envelope>", 500, "Client"),
                xml("external DTD", "<!DOCTYPE a SYSTEM '" + trapUrl + "'>" + ENV
                        + "<s:Body/></s:Envelope>", 500, "Client"),
                xml("parameter entity", "<!DOCTYPE a [<!ENTITY % p SYSTEM '" + trapUrl
                        + "'> %p;]>" + ENV + "<s:Body/></s:Envelope>", 500, "Client"),
                xml("billion laughs", billionLaughs(), 500, "Client"),
                xml("quadratic blow-up", quadratic(), 500, "Client"),
                xml("XInclude", valid.replace("<coup:NumeroVersion>", "<xi:include xmlns:xi="
                        + "'http://www.w3.org/2001/XInclude' href='" + trapUrl + "'/>"
                        + "<coup:NumeroVersion>"), 500, "Client"),
                xml("schemaLocation hint", valid.replace("<coup:RequeteWSVerifierRecevabiliteCOUP>",
                        "<coup:RequeteWSVerifierRecevabiliteCOUP xmlns:xsi='http://www.w3.org/"
                        + "2001/XMLSchema-instance' xsi:schemaLocation='urn:other " + trapUrl
                        + "'><x:Extra xmlns:x='urn:other'/>"), 500, "Client"),
                xml("deep nesting", ENV + "<s:Body>" + "<a>".repeat(5000) + "</a>".repeat(5000)
                        + "</s:Body></s:Envelope>", 500, "Client"),
                xml("huge text in a short field", valid.replace("21000000000001",
                        "9".repeat(900_000)), 500, "Client"),
                xml("many attributes", ENV + "<s:Body><a " + attributes(500) + "/></s:Body>"
                        + "</s:Envelope>", 500, "Client"),
                xml("very long element name", ENV + "<s:Body><" + "n".repeat(5000) + "/>"
                        + "</s:Body></s:Envelope>", 500, "Client"),
                xml("processing instruction", valid.replace("<soapenv:Body>",
                        "<soapenv:Body><?evil data?>"), 500, "Client"),
                xml("NUL character reference", valid.replace("alpha.agent", "alpha&#0;agent"),
                        500, "Client"),
                bytes("invalid UTF-8", replace(valid, "alpha.agent",
                        new byte[] {'a', (byte) 0xC3, (byte) 0x28}), "text/xml", 500, "Client"),
                bytes("UTF-16 declared, UTF-8 sent", valid.replace("encoding=\"UTF-8\"",
                        "encoding=\"UTF-16\"").getBytes(StandardCharsets.UTF_8), "text/xml",
                        500, "Client"),
                xml("two Bodies", ENV + "<s:Body/><s:Body/></s:Envelope>", 500, "Client"),
                xml("no Body", ENV + "</s:Envelope>", 500, "Client"),
                xml("two requests in one Body", valid.replace("</soapenv:Body>",
                        valid.substring(valid.indexOf("<coup:Requete"),
                                valid.indexOf("</soapenv:Body>")) + "</soapenv:Body>"),
                        500, "Client"),
                xml("unknown operation", ENV + "<s:Body><m:RequeteWSSupprimerTout xmlns:m='" + NS
                        + "'/></s:Body></s:Envelope>", 500, "Client"),
                xml("request in another namespace", valid.replace(NS, "urn:other"), 500,
                        "Client"),
                xml("SOAP 1.2 envelope", "<e:Envelope xmlns:e='http://www.w3.org/2003/05/"
                        + "soap-envelope'><e:Body/></e:Envelope>", 500, "VersionMismatch"),
                xml("empty body", "", 500, "Client"),
                xml("not XML at all", "\u0000\u0001binary", 500, "Client"),
                bytes("JSON media type", valid.getBytes(StandardCharsets.UTF_8),
                        "application/json", 415, null),
                bytes("no media type", valid.getBytes(StandardCharsets.UTF_8), null, 415, null),
                bytes("unknown charset", valid.getBytes(StandardCharsets.UTF_8),
                        "text/xml; charset=klingon", 415, "Client"),
                bytes("illegal charset name", valid.getBytes(StandardCharsets.UTF_8),
                        "text/xml; charset=\"", 415, "Client"),
                bytes("gzip bomb", gzipBomb(), "text/xml+gzip", 413, "Client"),
                method("PUT", 405),
                method("DELETE", 405),
                method("PATCH", 405),
                new Hostile("mustUnderstand header", valid.replace("<soapenv:Body>",
                        "<soapenv:Header><x:Secret xmlns:x='urn:x' soapenv:mustUnderstand="
                        + "'1'/></soapenv:Header><soapenv:Body>").getBytes(
                                StandardCharsets.UTF_8), "text/xml", "POST", 500,
                        "MustUnderstand"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void hostileInputIsRefusedAndChangesNothing(Hostile hostile) throws Exception {
        int requestsBefore = stub.omega().requests().all().size();
        int fetchesBefore = FETCHES.get();

        HttpResponse<String> response = HTTP.send(hostile.request(stub.endpointUrl()),
                HttpResponse.BodyHandlers.ofString());

        String body = response.body();
        assertAll(hostile.name(),
                () -> assertEquals(hostile.status(), response.statusCode(), body),
                () -> assertTrue(hostile.faultCode() == null
                        || body.contains("<faultcode>soap:" + hostile.faultCode()), body),
                () -> assertTrue(body.length() < 2_000, "short answer: " + body.length()),
                () -> assertFalse(body.contains("root:x:0:0"), "no file content"),
                () -> assertFalse(body.contains("Exception") || body.contains("at dev."),
                        "no stack trace: " + body),
                () -> assertFalse(body.toLowerCase().contains("<html"), "no HTML"),
                () -> assertEquals(requestsBefore, stub.omega().requests().all().size(),
                        "no request recorded"));
        assertEquals(fetchesBefore, FETCHES.get(), "nothing fetched from the trap server");
        assertValidRequestStillAnswered();
    }

    private static void assertValidRequestStillAnswered() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create(stub.endpointUrl())).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofString(sample())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("Demande recevable"), response.body());
    }

    record Hostile(String name, byte[] body, String contentType, String method, int status,
            String faultCode) {

        HttpRequest request(String endpoint) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(endpoint))
                    .timeout(Duration.ofSeconds(20))
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
            if ("text/xml+gzip".equals(contentType)) {
                builder.header("Content-Type", "text/xml").header("Content-Encoding", "gzip");
            } else if (contentType != null) {
                builder.header("Content-Type", contentType);
            }
            return builder.build();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static Hostile xml(String name, String body, int status, String faultCode) {
        return bytes(name, body.getBytes(StandardCharsets.UTF_8), "text/xml; charset=utf-8",
                status, faultCode);
    }

    private static Hostile bytes(String name, byte[] body, String contentType, int status,
            String faultCode) {
        return new Hostile(name, body, contentType, "POST", status, faultCode);
    }

    private static Hostile method(String method, int status) throws IOException {
        return new Hostile(method + " method", sample().getBytes(StandardCharsets.UTF_8),
                "text/xml", method, status, null);
    }

    private static String billionLaughs() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE a [<!ENTITY l0 'ha'>");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" '")
                    .append(("&l" + (i - 1) + ";").repeat(10)).append("'>");
        }
        return dtd + "]>" + ENV + "<s:Body>&l10;</s:Body></s:Envelope>";
    }

    private static String quadratic() {
        return "<!DOCTYPE a [<!ENTITY x '" + "x".repeat(50_000) + "'>]>" + ENV + "<s:Body>"
                + "&x;".repeat(10_000) + "</s:Body></s:Envelope>";
    }

    private static String attributes(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append("a").append(i).append("='1' ");
        }
        return out.toString();
    }

    private static byte[] gzipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            byte[] chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(chunk);
            }
        }
        return out.toByteArray();
    }

    private static byte[] replace(String text, String target, byte[] replacement) {
        byte[] source = text.getBytes(StandardCharsets.UTF_8);
        byte[] find = target.getBytes(StandardCharsets.UTF_8);
        int at = text.indexOf(target);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(source, 0, at);
        out.writeBytes(replacement);
        out.write(source, at + find.length, source.length - at - find.length);
        return out.toByteArray();
    }

    private static String sample() throws IOException {
        return Files.readString(Path.of("stubs/samples/verifier-recevabilite.xml"));
    }
}
