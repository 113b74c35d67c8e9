package dev.omegacoup.stub;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A supplier's side over plain HTTP: builds the SOAP 1.1 envelopes of the seven
 * operations with the {@code coup} prefix, posts them to a stub on loopback and reads
 * the answers.
 */
final class SoapOverHttp {

    static final String NS = "urn:omega-coup:ws:v4";
    static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    /** Monday 11 January 2027, 09:00 in Paris. */
    static final Instant MONDAY_MORNING = ZonedDateTime.of(2027, 1, 11, 9, 0, 0, 0,
            ZoneId.of("Europe/Paris")).toInstant();
    static final String FREE_6M = "21000000000001";
    static final String MORNINGS_TAKEN = "21000000000002";
    static final String DAILY = "21000000000005";
    static final String HELD_BY_BETA = "21000000000007";
    static final String ALPHA_DN = "CN=Alpha Energie,OU=OMEGA,O=Alpha Energie SA,C=FR";
    static final String BETA_DN = "CN=Beta Gaz,OU=OMEGA,O=Beta Gaz SAS,C=FR";

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String endpoint;

    SoapOverHttp(OmegaStub stub) {
        this.endpoint = stub.endpointUrl();
    }

    // Envelopes

    static String envelope(String payload) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<soapenv:Envelope xmlns:soapenv=\"" + ENVELOPE_NS + "\" xmlns:coup=\""
                + NS + "\">\n  <soapenv:Body>\n    " + payload
                + "\n  </soapenv:Body>\n</soapenv:Envelope>\n";
    }

    static String alpha(String version) {
        return identification(ALPHA_DN, "CAD-ALPHA-01", "alpha.agent", version);
    }

    static String beta() {
        return identification(BETA_DN, "CAD-BETA-01", "beta.agent", "V4");
    }

    static String identification(String dn, String cad, String login, String version) {
        return el("DNEntreprise", dn) + el("NumeroCAD", cad)
                + "<coup:Utilisateur>" + el("Login", login) + "</coup:Utilisateur>"
                + el("NumeroVersion", version);
    }

    static String verifier(String who, String pce) {
        return envelope("<coup:RequeteWSVerifierRecevabiliteCOUP>" + who
                + el("NumeroPCE", pce) + "</coup:RequeteWSVerifierRecevabiliteCOUP>");
    }

    static String creer(String who, String pce, String code, String date, String plage) {
        String amounts = "Z4".equals(code)
                ? el("MontantDu", "1250.40") + el("MinimumAPercevoir", "300.00") : "";
        String rdv = el("Date", date) + (plage == null ? "" : el("Plage", plage));
        return envelope("<coup:RequeteWSCreerDemandeCOUP>" + who + "<coup:Demande>"
                + el("TypeDemande", "COUP") + el("NumeroPCE", pce)
                + "<coup:DonneesTypeDemande>" + el("CodeLibelleIntervention", code) + amounts
                + "</coup:DonneesTypeDemande>"
                + "<coup:PremierRdvDemande>" + rdv + "</coup:PremierRdvDemande>"
                + "<coup:ContactIntervention>" + el("Nom", "Martin Dupont")
                + el("CodeAcces", "B1234") + el("ComplementAdresse", "Bâtiment B, 3e étage")
                + "</coup:ContactIntervention>"
                + "</coup:Demande></coup:RequeteWSCreerDemandeCOUP>");
    }

    static String proposer(String who, String numero, String date, String plage) {
        return envelope("<coup:RequeteWSProposerDatePlage>" + who + el("NumeroDemande", numero)
                + el("Date", date) + el("Plage", plage) + "</coup:RequeteWSProposerDatePlage>");
    }

    static String precSuiv(String who, String numero, String sens) {
        return envelope("<coup:RequeteWSDemanderPrecSuiv>" + who + el("NumeroDemande", numero)
                + el("Sens", sens) + "</coup:RequeteWSDemanderPrecSuiv>");
    }

    /** AccepterRdv, AbandonnerRdV or AbandonnerDemande. */
    static String surDemande(String operation, String who, String numero) {
        return envelope("<coup:RequeteWS" + operation + ">" + who + el("NumeroDemande", numero)
                + "</coup:RequeteWS" + operation + ">");
    }

    private static String el(String name, String value) {
        return "<coup:" + name + ">" + value + "</coup:" + name + ">";
    }

    // Exchanges

    Answer post(String envelope) throws Exception {
        return post(envelope.getBytes(StandardCharsets.UTF_8), "text/xml; charset=utf-8", null);
    }

    Answer post(byte[] body, String contentType, String soapAction) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (soapAction != null) {
            request.header("SOAPAction", soapAction);
        }
        HttpResponse<byte[]> response = HTTP.send(request.build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(response.statusCode(), response.body());
    }

    /** Creates a request and gives its NumeroDemande. */
    String create(String pce, String date, String plage) throws Exception {
        Answer answer = post(creer(alpha("V4"), pce, "Z5", date, plage));
        return answer.text("NumeroDemande");
    }

    /** An HTTP answer and its SOAP body, read namespace-aware. */
    record Answer(int status, byte[] body) {

        Document document() throws Exception {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        }

        List<String> texts(String localName) throws Exception {
            NodeList nodes = document().getElementsByTagNameNS(NS, localName);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        }

        String text(String localName) throws Exception {
            List<String> texts = texts(localName);
            return texts.isEmpty() ? null : texts.get(0);
        }

        String code() throws Exception {
            return text("CodeRetour");
        }

        String dialogue() throws Exception {
            return text("TypeRetourDialogue");
        }

        /** The response element's local name, e.g. ReponseWSAccepterRdv. */
        String responseElement() throws Exception {
            Element body = (Element) document().getElementsByTagNameNS(ENVELOPE_NS, "Body")
                    .item(0);
            for (var n = body.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    return e.getLocalName();
                }
            }
            return null;
        }

        String string() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
