package dev.omegacoup.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one place where XML parsers are configured. Everything the stub and the harness
 * receive goes through here: no DTD, no external entity or schema fetch, no XInclude,
 * and the JDK's secure-processing limits.
 */
public final class SecureXml {

    private static final String DISALLOW_DOCTYPE =
            "http://apache.org/xml/features/disallow-doctype-decl";

    private static final DocumentBuilderFactory DOCUMENTS = hardenedFactory();

    /** Errors stop the parse, warnings are ignored, nothing is printed to stderr. */
    static final ErrorHandler FAIL_FAST = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private SecureXml() {
    }

    /** Parses untrusted bytes; the encoding comes from the XML declaration or the BOM. */
    public static Document parse(byte[] bytes) throws MalformedXmlException {
        return parse(new ByteArrayInputStream(bytes));
    }

    public static Document parse(InputStream in) throws MalformedXmlException {
        try {
            return newDocumentBuilder().parse(in);
        } catch (SAXParseException e) {
            throw new MalformedXmlException(describe(e), e);
        } catch (SAXException | IOException e) {
            throw new MalformedXmlException(e.getMessage(), e);
        }
    }

    /**
     * The hardened factory itself, for libraries that make their own builders (XMLUnit):
     * left to themselves they look a factory up on every call, which is slow in a large jar.
     */
    public static DocumentBuilderFactory documentBuilderFactory() {
        return DOCUMENTS;
    }

    public static DocumentBuilder newDocumentBuilder() {
        try {
            DocumentBuilder builder = DOCUMENTS.newDocumentBuilder();
            builder.setErrorHandler(FAIL_FAST);
            builder.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed: " + systemId);
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
    }

    /** A schema factory that resolves nothing outside the files it is given. */
    public static SchemaFactory schemaFactory() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
        } catch (SAXException e) {
            throw new IllegalStateException("the JDK schema factory cannot be hardened", e);
        }
        return factory;
    }

    static String describe(SAXParseException e) {
        return "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                + e.getMessage();
    }

    private static DocumentBuilderFactory hardenedFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML parser cannot be hardened", e);
        }
        return factory;
    }
}
