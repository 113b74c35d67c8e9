package dev.omegacoup.certification;

import dev.omegacoup.soap.Operation;
import dev.omegacoup.xml.Contract;
import dev.omegacoup.xml.MalformedXmlException;
import dev.omegacoup.xml.SchemaViolation;
import dev.omegacoup.xml.ValidatedMessage;
import java.util.List;
import org.w3c.dom.Element;

/**
 * What a client's request says, read with the project's hardened, validating parser:
 * the operation, who sent it, what it is about, and every schema violation (MSG-1).
 * A request that is not even XML has no operation and one violation.
 */
record RequestFacts(Operation operation, String numeroCad, String login, String numeroPce,
        String numeroDemande, String date, String plage, String fingerprint,
        List<String> violations) {

    static RequestFacts read(byte[] request) {
        ValidatedMessage message;
        try {
            message = Contract.packaged().read(request);
        } catch (MalformedXmlException e) {
            return new RequestFacts(null, null, null, null, null, null, null, null,
                    List.of("not XML: " + e.getMessage()));
        }
        Element root = message.document().getDocumentElement();
        Element payload = Dom.payload(root);
        Operation operation = payload == null ? null
                : Operation.byRequestElement(payload.getLocalName()).orElse(null);
        List<String> violations = message.violations().stream()
                .map(RequestFacts::describe).toList();
        if (operation == null) {
            violations = List.of("the Body holds no request of this service");
        }
        return new RequestFacts(operation, Dom.text(root, "NumeroCAD"), Dom.text(root, "Login"),
                Dom.text(root, "NumeroPCE"), Dom.text(root, "NumeroDemande"),
                Dom.text(root, "Date"), Dom.text(root, "Plage"), fingerprint(payload),
                violations);
    }

    boolean valid() {
        return violations.isEmpty();
    }

    private static String describe(SchemaViolation violation) {
        return violation.toString();
    }

    /** The payload's text content, white space folded: equal when nothing was changed. */
    private static String fingerprint(Element payload) {
        return payload == null ? null
                : payload.getTextContent().replaceAll("\\s+", " ").strip();
    }
}
