package dev.omegacoup.soap;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What a request is about, for whoever must decide before or beside the rules: override
 * mappings (operation, PCE, login), answer delays, the certification recording (who
 * calls). Null where the request says nothing.
 *
 * <p>A valid request's summary comes from its one validating parse; {@link #remember} keeps
 * it for the thread that answers the request, so nobody reads the body a second time. Only a
 * request the parse refused is scanned here, leniently, for what can be found.
 */
public record RequestSummary(String requestElement, String numeroCad, String login,
        String numeroPce) {

    private static final XMLInputFactory STAX = hardenedFactory();
    private static final ThreadLocal<Known> LAST = new ThreadLocal<>();

    /** The summary of this body: the one remembered for it on this thread, else a scan. */
    public static RequestSummary of(byte[] body) {
        Known known = LAST.get();
        if (known != null && known.is(body)) {
            return known.summary;
        }
        RequestSummary summary = scan(body);
        LAST.set(new Known(body, summary));
        return summary;
    }

    /** Keeps the summary of the body this thread is answering. */
    public static void remember(byte[] body, RequestSummary summary) {
        LAST.set(new Known(body, summary));
    }

    /** Drops what this thread remembers: the body may be large, the thread long-lived. */
    public static void forget() {
        LAST.remove();
    }

    /** The summary of a payload element the parse has checked. */
    static RequestSummary of(Element payload) {
        Finder finder = new Finder();
        finder.visit(payload);
        return new RequestSummary(payload.getLocalName(), finder.cad, finder.login, finder.pce);
    }

    /** The first of each field in document order, as the scan finds them. */
    private static final class Finder {

        private String cad;
        private String login;
        private String pce;

        void visit(Element element) {
            for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element child) {
                    String name = child.getLocalName();
                    if (name.equals("NumeroCAD") && cad == null) {
                        cad = child.getTextContent().strip();
                    } else if (name.equals("Login") && login == null) {
                        login = child.getTextContent().strip();
                    } else if (name.equals("NumeroPCE") && pce == null) {
                        pce = child.getTextContent().strip();
                    } else {
                        visit(child);
                    }
                }
            }
        }
    }

    private static RequestSummary scan(byte[] body) {
        String element = null;
        String cad = null;
        String login = null;
        String pce = null;
        int depth = 0;
        boolean inBody = false;
        if (body == null || body.length == 0) {
            return new RequestSummary(null, null, null, null);
        }
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
                if (depth == 2) {
                    inBody = name.equals("Body");
                } else if (depth == 3 && inBody && element == null) {
                    element = name;
                } else if (inBody && (name.equals("NumeroCAD") || name.equals("Login")
                        || name.equals("NumeroPCE"))) {
                    String text = reader.getElementText().strip();
                    depth--;
                    cad = name.equals("NumeroCAD") && cad == null ? text : cad;
                    login = name.equals("Login") && login == null ? text : login;
                    pce = name.equals("NumeroPCE") && pce == null ? text : pce;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // not XML, or not to the end: what was read before the error is all there is
        }
        return new RequestSummary(element, cad, login, pce);
    }

    private static XMLInputFactory hardenedFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    /** A summary and the body they describe; WireMock hands over a copy of the same bytes. */
    private record Known(byte[] body, RequestSummary summary) {

        boolean is(byte[] other) {
            return body == other || Arrays.equals(body, other);
        }
    }
}
