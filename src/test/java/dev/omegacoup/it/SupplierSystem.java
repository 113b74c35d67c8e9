package dev.omegacoup.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A supplier's system as the stub sees it: raw SOAP 1.1 over plain HTTP as Alpha, with
 * its own login (so the stub tells two systems apart) and its own time-out.
 */
final class SupplierSystem {

    private static final String NS = "urn:omega-coup:ws:v4";
    private static final Pattern NUMERO = Pattern.compile("NumeroDemande>([^<]+)<");
    private static final Pattern SLOT = Pattern.compile(
            "ListeDatePlage>\\s*<[^>]*Date>([^<]+)<[^>]*>\\s*<[^>]*Plage>([^<]+)<");

    private final URI endpoint;
    private final String login;
    private final Duration timeout;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    SupplierSystem(String endpoint, String login, Duration timeout) {
        this.endpoint = URI.create(endpoint);
        this.login = login;
        this.timeout = timeout;
    }

    String verifier(String pce) throws IOException, InterruptedException {
        return send("VerifierRecevabiliteCOUP", "<c:NumeroPCE>" + pce + "</c:NumeroPCE>");
    }

    /** CreerDemandeCOUP; Z4 carries the amounts as given, verbatim. */
    String creer(String pce, String code, String date, String plage, String montant)
            throws IOException, InterruptedException {
        String amounts = montant == null ? "" : "<c:MontantDu>" + montant + "</c:MontantDu>"
                + "<c:MinimumAPercevoir>100.00</c:MinimumAPercevoir>";
        String rdv = "<c:PremierRdvDemande><c:Date>" + date + "</c:Date>"
                + (plage == null ? "" : "<c:Plage>" + plage + "</c:Plage>")
                + "</c:PremierRdvDemande>";
        return send("CreerDemandeCOUP", "<c:Demande><c:TypeDemande>COUP</c:TypeDemande>"
                + "<c:NumeroPCE>" + pce + "</c:NumeroPCE><c:DonneesTypeDemande>"
                + "<c:CodeLibelleIntervention>" + code + "</c:CodeLibelleIntervention>"
                + amounts + "</c:DonneesTypeDemande>" + rdv + "</c:Demande>");
    }

    String proposer(String numero, String date, String plage)
            throws IOException, InterruptedException {
        return send("ProposerDatePlage", "<c:NumeroDemande>" + numero + "</c:NumeroDemande>"
                + "<c:Date>" + date + "</c:Date><c:Plage>" + plage + "</c:Plage>");
    }

    String onDemande(String operation, String numero) throws IOException, InterruptedException {
        return send(operation, "<c:NumeroDemande>" + numero + "</c:NumeroDemande>");
    }

    /** Sends and gives up after this system's time-out: null then, as a client sees it. */
    String creerGivingUp(String pce, String code, String date, String plage, String montant)
            throws IOException, InterruptedException {
        try {
            return creer(pce, code, date, plage, montant);
        } catch (HttpTimeoutException e) {
            return null;
        }
    }

    static String numero(String answer) {
        Matcher matcher = NUMERO.matcher(answer);
        if (!matcher.find()) {
            throw new AssertionError("no NumeroDemande in " + answer);
        }
        return matcher.group(1);
    }

    static List<String[]> slots(String answer) {
        List<String[]> slots = new ArrayList<>();
        Matcher matcher = SLOT.matcher(answer);
        while (matcher.find()) {
            slots.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return slots;
    }

    private String send(String operation, String body) throws IOException, InterruptedException {
        String envelope = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\""
                + " xmlns:c=\"" + NS + "\"><s:Body><c:RequeteWS" + operation + ">"
                + "<c:DNEntreprise>CN=Alpha Energie,OU=OMEGA,O=Alpha Energie SA,C=FR"
                + "</c:DNEntreprise><c:NumeroCAD>CAD-ALPHA-01</c:NumeroCAD>"
                + "<c:Utilisateur><c:Login>" + login + "</c:Login></c:Utilisateur>"
                + "<c:NumeroVersion>V4</c:NumeroVersion>" + body + "</c:RequeteWS" + operation
                + "></s:Body></s:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"" + operation + "\"")
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }
}
