package dev.omegacoup.xml;

import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * Size limits of the JDK parser, in the spirit of Apache CXF's defaults: a SOAP message
 * of this service is shallow and small, so anything far beyond is refused while it is
 * read. Secure processing already bounds entity expansion; DTDs are refused outright.
 */
final class XmlLimits {

    static final int MAX_DEPTH = 100;
    static final int MAX_ATTRIBUTES = 64;
    static final int MAX_NAME_LENGTH = 256;
    private static final String JDK = "http://www.oracle.com/xml/jaxp/properties/";

    private XmlLimits() {
    }

    static void apply(XMLReader reader) {
        set(reader, "maxElementDepth", MAX_DEPTH);
        set(reader, "elementAttributeLimit", MAX_ATTRIBUTES);
        set(reader, "maxXMLNameLimit", MAX_NAME_LENGTH);
    }

    private static void set(XMLReader reader, String limit, int value) {
        try {
            reader.setProperty(JDK + limit, Integer.toString(value));
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            throw new IllegalStateException("the JDK parser does not support the " + limit
                    + " limit", e);
        }
    }
}
