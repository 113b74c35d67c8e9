package dev.omegacoup.stub;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * What override mappings match on: the request element in the Body, NumeroPCE and Login,
 * read in one streaming pass. The last summary of each thread is kept, so that WireMock
 * asking every mapping about the same request costs one parse, not one per mapping.
 */
record RequestSummary(String requestElement, String numeroPce, String login) {

    private static final RequestSummary NOTHING = new RequestSummary("", "", "");
    private static final XMLInputFactory STAX = staxFactory();
    private static final ThreadLocal<Cached> LAST = new ThreadLocal<>();

    static RequestSummary of(byte[] body) {
        Cached cached = LAST.get();
        if (cached != null && (cached.body == body || Arrays.equals(cached.body, body))) {
            return cached.summary;
        }
        RequestSummary summary = read(body);
        LAST.set(new Cached(body, summary));
        return summary;
    }

    private static RequestSummary read(byte[] body) {
        if (body == null || body.length == 0) {
            return NOTHING;
        }
        String element = "";
        String pce = "";
        String login = "";
        int depth = 0;
        try {
            XMLStreamReader reader = STAX.createXMLStreamReader(new ByteArrayInputStream(body));
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    String name = reader.getLocalName();
                    if (depth == 3 && element.isEmpty()) {
                        element = name;
                    } else if ("NumeroPCE".equals(name) && pce.isEmpty()) {
                        pce = reader.getElementText().strip();
                        depth--;
                    } else if ("Login".equals(name) && login.isEmpty()) {
                        login = reader.getElementText().strip();
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            // not XML: no mapping keyed on its content can match; the engine says why
        }
        return new RequestSummary(element, pce, login);
    }

    private static XMLInputFactory staxFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return factory;
    }

    private record Cached(byte[] body, RequestSummary summary) {
    }
}
