package dev.omegacoup.soap;

import dev.omegacoup.soap.SoapFaultException.FaultCode;
import dev.omegacoup.xml.Contract;
import dev.omegacoup.xml.MalformedXmlException;
import dev.omegacoup.xml.SchemaViolation;
import dev.omegacoup.xml.ValidatedMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A SOAP 1.1 request reduced to what the service needs: its operation and its
 * schema-valid payload element. Anything else is refused with a Client fault that
 * names the problem.
 */
public record SoapRequest(Operation operation, Element payload) {

    private static final int MAX_LISTED_VIOLATIONS = 10;
    private static final String NEXT_ACTOR = "http://schemas.xmlsoap.org/soap/actor/next";

    public static SoapRequest read(Contract contract, byte[] body, String soapAction)
            throws SoapFaultException {
        ValidatedMessage message = parse(contract, body);
        Element envelope = message.document().getDocumentElement();
        checkEnvelope(envelope);
        checkHeaders(envelope);

        Element payload = singlePayload(envelope);
        Operation operation = operationOf(contract, payload);
        checkSoapAction(soapAction, operation);

        if (!message.valid()) {
            throw new SoapFaultException(FaultCode.CLIENT, "The " + payload.getLocalName()
                    + " request does not match the schema: " + describe(message.violations()));
        }
        return new SoapRequest(operation, payload);
    }

    /** What the request is about, read from its checked payload. */
    public RequestSummary summary() {
        return RequestSummary.of(payload);
    }

    private static ValidatedMessage parse(Contract contract, byte[] body)
            throws SoapFaultException {
        if (body.length == 0) {
            throw new SoapFaultException(FaultCode.CLIENT, "The request body is empty.");
        }
        try {
            return contract.read(body);
        } catch (MalformedXmlException e) {
            throw new SoapFaultException(FaultCode.CLIENT,
                    "The request cannot be read as XML: " + e.getMessage());
        }
    }

    private static void checkEnvelope(Element root) throws SoapFaultException {
        if (Soap.SOAP12_ENVELOPE_NS.equals(root.getNamespaceURI())) {
            throw new SoapFaultException(FaultCode.VERSION_MISMATCH,
                    "SOAP 1.2 is not supported: this service speaks SOAP 1.1 ("
                            + Soap.ENVELOPE_NS + ").");
        }
        if (!Soap.ENVELOPE_NS.equals(root.getNamespaceURI())
                || !"Envelope".equals(root.getLocalName())) {
            throw new SoapFaultException(FaultCode.CLIENT, "The request is not a SOAP 1.1"
                    + " envelope: its root element is " + nameOf(root) + ".");
        }
    }

    /**
     * SOAP 1.1, 4.2.3: a header entry meant for this node with mustUnderstand="1" must be
     * understood or the message refused. This service understands no header entry.
     */
    private static void checkHeaders(Element envelope) throws SoapFaultException {
        for (Element header : children(envelope)) {
            if (!Soap.ENVELOPE_NS.equals(header.getNamespaceURI())
                    || !"Header".equals(header.getLocalName())) {
                continue;
            }
            for (Element entry : children(header)) {
                String must = entry.getAttributeNS(Soap.ENVELOPE_NS, "mustUnderstand").strip();
                String actor = entry.getAttributeNS(Soap.ENVELOPE_NS, "actor").strip();
                boolean mustUnderstand = must.equals("1") || must.equalsIgnoreCase("true");
                if (mustUnderstand && (actor.isEmpty() || actor.equals(NEXT_ACTOR))) {
                    throw new SoapFaultException(FaultCode.MUST_UNDERSTAND, "The header entry "
                            + nameOf(entry) + " must be understood; this service understands"
                            + " no header entry.");
                }
            }
        }
    }

    private static Element singlePayload(Element envelope) throws SoapFaultException {
        List<Element> bodies = children(envelope).stream()
                .filter(e -> Soap.ENVELOPE_NS.equals(e.getNamespaceURI())
                        && "Body".equals(e.getLocalName()))
                .toList();
        if (bodies.size() != 1) {
            throw new SoapFaultException(FaultCode.CLIENT,
                    "The envelope must hold exactly one Body; it holds " + bodies.size() + ".");
        }
        List<Element> entries = children(bodies.get(0));
        if (entries.size() != 1) {
            throw new SoapFaultException(FaultCode.CLIENT, "The Body must hold exactly one"
                    + " request element; it holds " + entries.size() + ".");
        }
        return entries.get(0);
    }

    private static Operation operationOf(Contract contract, Element payload)
            throws SoapFaultException {
        Optional<Operation> operation = Operation.byRequestElement(payload.getLocalName());
        if (operation.isEmpty()) {
            throw new SoapFaultException(FaultCode.CLIENT, "Unknown operation: the Body holds "
                    + nameOf(payload) + ", which is not a request of this service.");
        }
        if (!contract.namespace().equals(payload.getNamespaceURI())) {
            throw new SoapFaultException(FaultCode.CLIENT, "The " + payload.getLocalName()
                    + " element is in namespace '" + nullToEmpty(payload.getNamespaceURI())
                    + "'; the service expects '" + contract.namespace() + "'.");
        }
        return operation.get();
    }

    private static void checkSoapAction(String soapAction, Operation operation)
            throws SoapFaultException {
        if (soapAction == null || soapAction.isBlank() || soapAction.strip().equals("\"\"")) {
            return;
        }
        Optional<Operation> announced = Operation.bySoapAction(soapAction);
        if (announced.isPresent() && announced.get() != operation) {
            throw new SoapFaultException(FaultCode.CLIENT, "The SOAPAction names "
                    + announced.get().wireName() + " but the Body holds "
                    + operation.requestElement() + ".");
        }
        if (announced.isEmpty()) {
            throw new SoapFaultException(FaultCode.CLIENT, "Unknown SOAPAction "
                    + SoapMessages.escape(shorten(soapAction)) + ": expected one of the"
                    + " service's operation names, or none.");
        }
    }

    private static String describe(List<SchemaViolation> violations) {
        String listed = violations.stream().limit(MAX_LISTED_VIOLATIONS)
                .map(SchemaViolation::toString)
                .collect(Collectors.joining("; "));
        int more = violations.size() - MAX_LISTED_VIOLATIONS;
        return more > 0 ? listed + "; and " + more + " more" : listed;
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String nameOf(Element element) {
        String ns = element.getNamespaceURI();
        return (ns == null ? "" : "{" + ns + "}") + element.getLocalName();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String shorten(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
