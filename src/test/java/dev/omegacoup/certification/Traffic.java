package dev.omegacoup.certification;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds one client's recorded traffic, call by call, on a clock the test moves. */
final class Traffic {

    private static final String NS = "urn:omega-coup:ws:v4";

    private final List<RecordedExchange> exchanges = new ArrayList<>();
    private final List<Lookup> lookups = new ArrayList<>();
    private Instant now = Instant.parse("2027-01-11T08:00:00Z");

    Traffic after(long seconds) {
        now = now.plusSeconds(seconds);
        return this;
    }

    RecordedExchange verifier(String pce, String answer) {
        return record(request("VerifierRecevabiliteCOUP",
                "<c:NumeroPCE>" + pce + "</c:NumeroPCE>"), answer, 0);
    }

    RecordedExchange creer(String pce, String montant, String answer, long heldMillis) {
        return record(request("CreerDemandeCOUP", "<c:Demande><c:TypeDemande>COUP"
                + "</c:TypeDemande><c:NumeroPCE>" + pce + "</c:NumeroPCE>"
                + "<c:DonneesTypeDemande><c:CodeLibelleIntervention>Z4"
                + "</c:CodeLibelleIntervention><c:MontantDu>" + montant + "</c:MontantDu>"
                + "<c:MinimumAPercevoir>10.00</c:MinimumAPercevoir></c:DonneesTypeDemande>"
                + "<c:PremierRdvDemande><c:Date>2027-03-16</c:Date><c:Plage>MA</c:Plage>"
                + "</c:PremierRdvDemande></c:Demande>"), answer, heldMillis);
    }

    RecordedExchange onDemande(String operation, String numero, String answer) {
        return record(request(operation, "<c:NumeroDemande>" + numero + "</c:NumeroDemande>"),
                answer, 0);
    }

    RecordedExchange proposer(String numero, String date, String plage, String answer) {
        return record(request("ProposerDatePlage", "<c:NumeroDemande>" + numero
                + "</c:NumeroDemande><c:Date>" + date + "</c:Date><c:Plage>" + plage
                + "</c:Plage>"), answer, 0);
    }

    void lookup(String numero, String pce) {
        lookups.add(new Lookup(now, numero, pce));
    }

    ClientTraffic client() {
        return new ClientTraffic("CAD CAD-ALPHA-01 / login alpha.agent", exchanges, lookups);
    }

    List<RecordedExchange> exchanges() {
        return exchanges;
    }

    /** A SOAP answer with the parts the checks read. */
    static String answer(String type, String code, String message, String numero,
            String... slots) {
        StringBuilder objet = new StringBuilder();
        if (numero != null) {
            objet.append("<c:ReponseCreerDemandeObjet><c:NumeroDemande>").append(numero)
                    .append("</c:NumeroDemande>");
            for (String slot : slots) {
                String[] parts = slot.split(" ");
                objet.append("<c:ListeDatePlage><c:Date>").append(parts[0])
                        .append("</c:Date><c:Plage>").append(parts[1])
                        .append("</c:Plage></c:ListeDatePlage>");
            }
            objet.append("</c:ReponseCreerDemandeObjet>");
        }
        return envelope("<c:Reponse><c:TypeRetourDialogue>" + type + "</c:TypeRetourDialogue>"
                + "<c:Retour><c:CodeRetour>" + code + "</c:CodeRetour><c:MessageRetour>"
                + message + "</c:MessageRetour></c:Retour>" + objet + "</c:Reponse>");
    }

    static String fault(String text) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\"><s:Body>"
                + "<s:Fault><faultcode>s:Client</faultcode><faultstring>" + text
                + "</faultstring></s:Fault></s:Body></s:Envelope>";
    }

    private RecordedExchange record(String request, String answer, long heldMillis) {
        RecordedExchange exchange = new RecordedExchange(exchanges.size() + 1, now, heldMillis,
                null, null, request.getBytes(StandardCharsets.UTF_8),
                answer.contains("Fault>") ? 500 : 200, answer.getBytes(StandardCharsets.UTF_8));
        exchanges.add(exchange);
        now = now.plusSeconds(1);
        return exchange;
    }

    private static String request(String operation, String body) {
        return envelope("<c:RequeteWS" + operation + "><c:DNEntreprise>CN=Alpha Energie,"
                + "OU=OMEGA,O=Alpha Energie SA,C=FR</c:DNEntreprise><c:NumeroCAD>CAD-ALPHA-01"
                + "</c:NumeroCAD><c:Utilisateur><c:Login>alpha.agent</c:Login></c:Utilisateur>"
                + "<c:NumeroVersion>V4</c:NumeroVersion>" + body + "</c:RequeteWS" + operation
                + ">");
    }

    private static String envelope(String payload) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:c=\""
                + NS + "\"><s:Body>" + payload + "</s:Body></s:Envelope>";
    }
}
