package dev.omegacoup.certification;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Small reads on a parsed SOAP message, by local name whatever the namespace. */
final class Dom {

    private Dom() {
    }

    /** The first element inside the Body, or null. */
    static Element payload(Element envelope) {
        for (Element child : children(envelope)) {
            if ("Body".equals(child.getLocalName())) {
                List<Element> entries = children(child);
                return entries.isEmpty() ? null : entries.get(0);
            }
        }
        return null;
    }

    /** The stripped text of the first element of that name, or null. */
    static String text(Element root, String localName) {
        NodeList found = root.getElementsByTagNameNS("*", localName);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().strip();
    }

    static List<String> texts(Element root, String localName) {
        NodeList found = root.getElementsByTagNameNS("*", localName);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            texts.add(found.item(i).getTextContent());
        }
        return texts;
    }

    static List<Element> elements(Element root, String localName) {
        NodeList found = root.getElementsByTagNameNS("*", localName);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < found.getLength(); i++) {
            elements.add((Element) found.item(i));
        }
        return elements;
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }
}
