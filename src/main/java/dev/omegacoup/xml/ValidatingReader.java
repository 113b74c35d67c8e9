package dev.omegacoup.xml;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.ValidatorHandler;
import org.w3c.dom.Document;
import org.xml.sax.Attributes;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * One pass over the bytes: hardened SAX parsing, schema validation and DOM building.
 * A filter in front of the validator keeps the path of open elements, so that every
 * violation names the element it concerns together with its line and column.
 */
final class ValidatingReader {

    private static final SAXParserFactory PARSERS = parserFactory();

    private static final Pattern QUOTED = Pattern.compile("'([^']{40})[^']+'");

    private final Schema schema;
    private final List<SchemaViolation> violations = new ArrayList<>();
    private final Deque<String> openElements = new ArrayDeque<>();

    ValidatingReader(Schema schema) {
        this.schema = schema;
    }

    Document read(InputStream in) throws MalformedXmlException {
        try {
            Tools tools = Tools.forThread(schema);
            XMLReader reader = tools.reader;
            DomBuilder builder = new DomBuilder();

            ValidatorHandler validator = tools.validator;
            validator.setErrorHandler(new Collector());
            validator.setContentHandler(builder);

            PathTracker tracker = new PathTracker(reader);
            tracker.setContentHandler(validator);
            tracker.setErrorHandler(SecureXml.FAIL_FAST);
            tracker.parse(new InputSource(in));
            return builder.document();
        } catch (SAXParseException e) {
            throw new MalformedXmlException(SecureXml.describe(e), e);
        } catch (SAXException | IOException e) {
            throw new MalformedXmlException(e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK XML stack cannot be set up", e);
        }
    }

    /**
     * A parser and a validator per thread and schema, configured once: making them costs
     * more than a small message's parse. Each starts afresh with every document.
     */
    private static final class Tools {

        private static final ThreadLocal<Map<Schema, Tools>> CACHE =
                ThreadLocal.withInitial(WeakHashMap::new);

        private final XMLReader reader;
        private final ValidatorHandler validator;

        private Tools(XMLReader reader, ValidatorHandler validator) {
            this.reader = reader;
            this.validator = validator;
        }

        static Tools forThread(Schema schema) throws ParserConfigurationException,
                SAXException {
            Map<Schema, Tools> cache = CACHE.get();
            Tools tools = cache.get(schema);
            if (tools == null) {
                tools = create(schema);
                cache.put(schema, tools);
            }
            return tools;
        }

        private static Tools create(Schema schema) throws ParserConfigurationException,
                SAXException {
            XMLReader reader = PARSERS.newSAXParser().getXMLReader();
            XmlLimits.apply(reader);
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entities are not allowed");
            });
            ValidatorHandler validator = schema.newValidatorHandler();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return new Tools(reader, validator);
        }
    }

    List<SchemaViolation> violations() {
        return violations;
    }

    /** The validator quotes offending values whole; keep the first characters of each. */
    static String shortenQuotes(String message) {
        return QUOTED.matcher(String.valueOf(message)).replaceAll("'$1…'");
    }

    private static SAXParserFactory parserFactory() {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK SAX parser cannot be hardened", e);
        }
        return factory;
    }

    /** Keeps the local names of the open elements while passing events on. */
    private final class PathTracker extends XMLFilterImpl {

        PathTracker(XMLReader parent) {
            super(parent);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts)
                throws SAXException {
            openElements.push(localName);
            super.startElement(uri, localName, qName, atts);
        }

        /** Processing instructions have no place in a SOAP message (SOAP 1.1, 3). */
        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            throw new SAXException("processing instructions are not allowed");
        }

        @Override
        public void endElement(String uri, String localName, String qName)
                throws SAXException {
            super.endElement(uri, localName, qName);
            openElements.pop();
        }
    }

    private final class Collector implements ErrorHandler {

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            String element = openElements.isEmpty() ? "(document)" : openElements.peek();
            violations.add(new SchemaViolation(element, e.getLineNumber(),
                    e.getColumnNumber(), shortenQuotes(e.getMessage())));
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
