package dev.omegacoup.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Builds a namespace-aware DOM from SAX events, the last stage of the one-pass read: a
 * plain builder on a per-thread DocumentBuilder costs far less than an identity
 * transformer per message. Namespace declarations become xmlns attributes, adjacent
 * text becomes one node, comments and processing instructions are not kept.
 */
final class DomBuilder extends DefaultHandler {

    private static final ThreadLocal<DocumentBuilder> BUILDERS =
            ThreadLocal.withInitial(SecureXml::newDocumentBuilder);

    private final Document document = BUILDERS.get().newDocument();
    private final java.util.List<String[]> declarations = new java.util.ArrayList<>();
    private Node current = document;

    Document document() {
        return document;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        declarations.add(new String[] {prefix, uri});
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        Element element = document.createElementNS(uri.isEmpty() ? null : uri, qName);
        for (String[] declaration : declarations) {
            String name = declaration[0].isEmpty() ? "xmlns" : "xmlns:" + declaration[0];
            element.setAttributeNS(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, name, declaration[1]);
        }
        declarations.clear();
        for (int i = 0; i < atts.getLength(); i++) {
            String attributeUri = atts.getURI(i);
            element.setAttributeNS(attributeUri.isEmpty() ? null : attributeUri,
                    atts.getQName(i), atts.getValue(i));
        }
        current.appendChild(element);
        current = element;
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        current = current.getParentNode();
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (current == document) {
            return;
        }
        Node last = current.getLastChild();
        if (last instanceof Text text) {
            text.appendData(new String(ch, start, length));
        } else {
            current.appendChild(document.createTextNode(new String(ch, start, length)));
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length);
    }
}
