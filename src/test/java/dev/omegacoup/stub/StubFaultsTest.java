package dev.omegacoup.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a SOAP 1.1 Client fault naming the problem, and the stub stays up. */
class StubFaultsTest {

    private static OmegaStub stub;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        stub = OmegaStub.builder().port(0).build().start();
    }

    @AfterAll
    static void stop() {
        stub.stop();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "not XML | hello | Client | cannot be read as XML",
        "not an envelope | <a/> | Client | not a SOAP 1.1 envelope",
        "SOAP 1.2 | <e:Envelope xmlns:e='http://www.w3.org/2003/05/soap-envelope'>"
                + "<e:Body/></e:Envelope> | VersionMismatch | SOAP 1.2 is not supported",
        "unknown operation | <s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'>"
                + "<s:Body><x:RequeteWSInconnue xmlns:x='urn:omega-coup:ws:v4'/></s:Body>"
                + "</s:Envelope> | Client | Unknown operation",
        "empty Body | <s:Envelope xmlns:s='http://schemas.xmlsoap.org/soap/envelope/'>"
                + "<s:Body/></s:Envelope> | Client | exactly one request element",
        "DOCTYPE | <!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]><x>&e;</x>"
                + " | Client | cannot be read as XML",
    })
    void badInputGetsAClientFault(String label, String body, String code, String words)
            throws Exception {
        HttpResponse<String> response = post(body, null);

        assertEquals(500, response.statusCode(), label);
        assertTrue(response.body().contains("<faultcode>soap:" + code + "</faultcode>"),
                response.body());
        assertTrue(response.body().contains(words), response.body());
        assertFalse(response.body().contains("root:"), "no file content leaks");
        assertStillAnswers();
    }

    @Test
    void schemaViolationNamesTheElement() throws Exception {
        String valid = Files.readString(Path.of("stubs/samples/creer-demande.xml"));
        String invalid = valid.replace("<coup:MontantDu>1250.40</coup:MontantDu>",
                "<coup:MontantDu>100000000</coup:MontantDu>");

        HttpResponse<String> response = post(invalid, null);

        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("MontantDu"), response.body());
        assertTrue(response.body().contains("soap:Client"), response.body());
    }

    @Test
    void soapActionContradictingTheBodyIsRefused() throws Exception {
        String valid = Files.readString(Path.of("stubs/samples/verifier-recevabilite.xml"));

        HttpResponse<String> response = post(valid, "\"CreerDemandeCOUP\"");

        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("SOAPAction names CreerDemandeCOUP"),
                response.body());
    }

    private static void assertStillAnswers() throws Exception {
        String valid = Files.readString(Path.of("stubs/samples/verifier-recevabilite.xml"));
        HttpResponse<String> response = post(valid, "VerifierRecevabiliteCOUP");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("Demande recevable"), response.body());
    }

    private static HttpResponse<String> post(String body, String soapAction)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(stub.endpointUrl()))
                .header("Content-Type", "text/xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (soapAction != null) {
            request.header("SOAPAction", soapAction);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
