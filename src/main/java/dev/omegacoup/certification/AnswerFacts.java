package dev.omegacoup.certification;

import dev.omegacoup.xml.MalformedXmlException;
import dev.omegacoup.xml.SecureXml;
import java.util.List;
import org.w3c.dom.Element;

/**
 * What the stub answered: TypeRetourDialogue, CodeRetour, the MessageRetour texts, the
 * NumeroDemande and the slots of a ListeDP ("date plage"); or the fault string.
 */
record AnswerFacts(String typeRetour, String codeRetour, List<String> messages,
        String numeroDemande, List<String> slots, String fault) {

    static final AnswerFacts NONE = new AnswerFacts(null, null, List.of(), null, List.of(),
            null);

    static AnswerFacts read(byte[] response) {
        if (response == null || response.length == 0) {
            return NONE;
        }
        try {
            Element root = SecureXml.parse(response).getDocumentElement();
            List<String> slots = Dom.elements(root, "ListeDatePlage").stream()
                    .map(e -> Dom.text(e, "Date") + " " + Dom.text(e, "Plage"))
                    .toList();
            return new AnswerFacts(Dom.text(root, "TypeRetourDialogue"),
                    Dom.text(root, "CodeRetour"), Dom.texts(root, "MessageRetour"),
                    Dom.text(root, "NumeroDemande"), slots, Dom.text(root, "faultstring"));
        } catch (MalformedXmlException e) {
            return NONE;
        }
    }

    boolean is(String type) {
        return type.equals(typeRetour);
    }

    boolean says(String prefix) {
        return messages.stream().anyMatch(m -> m.strip().startsWith(prefix.strip()));
    }

    /** "P DatePlageH", "A DmdKo", or the fault: how the report names an answer. */
    String headline() {
        if (typeRetour != null) {
            return typeRetour + " " + codeRetour;
        }
        return fault != null ? "SOAP fault" : "no SOAP answer";
    }
}
