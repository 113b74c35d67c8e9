package dev.omegacoup.client;

import dev.omegacoup.assertion.XPaths;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A schema-valid answer of the service, with the fields scenarios look at. */
public final class Answer {

    private final Exchange exchange;
    private final Document document;
    private final Element payload;
    private final XPaths xpaths;

    Answer(Exchange exchange, Document document, Element payload, XPaths xpaths) {
        this.exchange = exchange;
        this.document = document;
        this.payload = payload;
        this.xpaths = xpaths;
    }

    public Exchange exchange() {
        return exchange;
    }

    public Document document() {
        return document;
    }

    /** The response element inside the SOAP Body. */
    public Element payload() {
        return payload;
    }

    public String typeRetourDialogue() {
        return xpath("/soap:Envelope/soap:Body/*/m:TypeRetourDialogue");
    }

    public String codeRetour() {
        return xpath("/soap:Envelope/soap:Body/*/m:Retour/m:CodeRetour");
    }

    public List<String> messagesRetour() {
        return xpaths.strings(document, "/soap:Envelope/soap:Body/*/m:Retour/m:MessageRetour");
    }

    public String numeroDemande() {
        return xpath("/soap:Envelope/soap:Body/*/m:ReponseCreerDemandeObjet/m:NumeroDemande");
    }

    public String xpath(String expression) {
        return xpaths.string(document, expression);
    }

    public List<String> xpathAll(String expression) {
        return xpaths.strings(document, expression);
    }
}
