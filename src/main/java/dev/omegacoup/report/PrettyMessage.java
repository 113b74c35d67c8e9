package dev.omegacoup.report;

import dev.omegacoup.xml.MalformedXmlException;
import dev.omegacoup.xml.SecureXml;
import java.nio.charset.StandardCharsets;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSSerializer;

/**
 * A message as the reports show it: XML indented, parsed by the project's hardened parser
 * (nothing is ever fetched), anything else as the text it is, with a note saying so. The
 * text is plain: each writer escapes it for its format.
 *
 * @param note empty for XML, else why it is shown as text
 */
public record PrettyMessage(String text, String note) {

    /** Beyond this many characters the reports show the beginning; the file has it all. */
    static final int SHOWN_CHARACTERS = 200_000;

    public static PrettyMessage of(byte[] body) {
        if (body.length == 0) {
            return new PrettyMessage("", "empty body");
        }
        String shown;
        String note;
        try {
            shown = indent(SecureXml.parse(body));
            note = "";
        } catch (MalformedXmlException e) {
            shown = new String(body, StandardCharsets.UTF_8);
            note = "not XML, shown as text: " + e.getMessage();
        }
        if (shown.length() > SHOWN_CHARACTERS) {
            shown = shown.substring(0, SHOWN_CHARACTERS);
            note = (note.isEmpty() ? "" : note + "; ") + "only the first " + SHOWN_CHARACTERS
                    + " characters are shown, the evidence file has all of it";
        }
        return new PrettyMessage(printable(shown), note);
    }

    public boolean isXml() {
        return note.isEmpty() || note.startsWith("only the first");
    }

    private static String indent(Document document) {
        dropIndentation(document.getDocumentElement());
        DOMImplementationLS ls = (DOMImplementationLS) document.getImplementation()
                .getFeature("LS", "3.0");
        LSSerializer serializer = ls.createLSSerializer();
        serializer.getDomConfig().setParameter("format-pretty-print", true);
        serializer.getDomConfig().setParameter("xml-declaration", false);
        return serializer.writeToString(document).strip();
    }

    /** Whitespace between elements would be indented again; text content is kept. */
    private static void dropIndentation(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getNodeValue().isBlank()
                    && hasElementChildren(node)) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                dropIndentation(child);
            }
            child = next;
        }
    }

    private static boolean hasElementChildren(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.ELEMENT_NODE) {
                return true;
            }
        }
        return false;
    }

    /** Control characters other than tab and line ends cannot appear in HTML or XML text. */
    private static String printable(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", "\uFFFD");
    }
}
