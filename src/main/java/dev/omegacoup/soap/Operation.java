package dev.omegacoup.soap;

import java.util.Arrays;
import java.util.Optional;

/** The seven operations of the service (OP-1 to OP-7), named as on the wire. */
public enum Operation {
    VERIFIER_RECEVABILITE("VerifierRecevabiliteCOUP"),
    CREER_DEMANDE("CreerDemandeCOUP"),
    PROPOSER_DATE_PLAGE("ProposerDatePlage"),
    ACCEPTER_RDV("AccepterRdv"),
    DEMANDER_PREC_SUIV("DemanderPrecSuiv"),
    ABANDONNER_RDV("AbandonnerRdV"),
    ABANDONNER_DEMANDE("AbandonnerDemande");

    private final String wireName;

    Operation(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public String requestElement() {
        return "RequeteWS" + wireName;
    }

    public String responseElement() {
        return "ReponseWS" + wireName;
    }

    public static Optional<Operation> byRequestElement(String localName) {
        return Arrays.stream(values())
                .filter(operation -> operation.requestElement().equals(localName))
                .findFirst();
    }

    public static Optional<Operation> byResponseElement(String localName) {
        return Arrays.stream(values())
                .filter(operation -> operation.responseElement().equals(localName))
                .findFirst();
    }

    /**
     * Reads a SOAPAction header value: quoted or not, the bare operation name or a URI
     * ending with it. Empty means the client left the choice to the body.
     */
    public static Optional<Operation> bySoapAction(String soapAction) {
        String action = soapAction.strip();
        if (action.length() >= 2 && action.startsWith("\"") && action.endsWith("\"")) {
            action = action.substring(1, action.length() - 1);
        }
        String last = action.substring(Math.max(action.lastIndexOf('/'),
                action.lastIndexOf(':')) + 1);
        return Arrays.stream(values())
                .filter(operation -> operation.wireName.equals(last))
                .findFirst();
    }
}
