package dev.omegacoup.certification;

import java.io.ByteArrayInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The few fields needed while the stub answers (who is calling, which operation, which
 * PCE), in one streaming pass with DTDs and external entities off; the full validating
 * read waits until a report is asked for.
 */
record QuickSummary(String requestElement, String numeroCad, String login, String pce) {

    private static final XMLInputFactory STAX = hardenedFactory();

    /** The last summary of each thread: the recorder asks twice about the same request. */
    private static final ThreadLocal<Object[]> LAST = new ThreadLocal<>();

    static QuickSummary of(byte[] body) {
        Object[] last = LAST.get();
        if (last != null && last[0] == body) {
            return (QuickSummary) last[1];
        }
        QuickSummary summary = read(body);
        LAST.set(new Object[] {body, summary});
        return summary;
    }

    private static QuickSummary read(byte[] body) {
        String element = null;
        String cad = null;
        String login = null;
        String pce = null;
        int depth = 0;
        try {
            XMLStreamReader reader = STAX.createXMLStreamReader(new ByteArrayInputStream(body));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    continue;
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                depth++;
                String name = reader.getLocalName();
                if (depth == 3 && element == null) {
                    element = name;
                } else if (name.equals("NumeroCAD") || name.equals("Login")
                        || name.equals("NumeroPCE")) {
                    String text = reader.getElementText().strip();
                    depth--;
                    cad = name.equals("NumeroCAD") && cad == null ? text : cad;
                    login = name.equals("Login") && login == null ? text : login;
                    pce = name.equals("NumeroPCE") && pce == null ? text : pce;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // what was read before the error is all there is
        }
        return new QuickSummary(element, cad, login, pce);
    }

    /** The client's key over plain HTTP; null when the request names nobody. */
    String declaredClient() {
        if (numeroCad == null && login == null) {
            return null;
        }
        return "CAD " + (numeroCad == null ? "" : numeroCad) + " / login "
                + (login == null ? "" : login);
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
