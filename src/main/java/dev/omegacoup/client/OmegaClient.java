package dev.omegacoup.client;

import dev.omegacoup.assertion.ConformanceFailure;
import dev.omegacoup.assertion.SchemaCheck;
import dev.omegacoup.assertion.XPaths;
import dev.omegacoup.soap.Soap;
import dev.omegacoup.xml.Contract;
import dev.omegacoup.xml.MalformedXmlException;
import dev.omegacoup.xml.SchemaViolation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A client of the service for the conformance suite, usable without Cucumber: it renders
 * a request from its template, checks it against the XSD, sends it, and checks the
 * answer (HTTP status, SOAP envelope, XSD) before handing it back. Every exchange is
 * kept as evidence.
 */
public final class OmegaClient {

    private final Contract contract;
    private final SoapTransport transport;
    private final SchemaCheck schema;
    private final XPaths xpaths;
    private final Map<String, String> identity;
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    /**
     * @param identity dnEntreprise, numeroCad, login and version of the caller; a null
     *                 value leaves its element out
     */
    public OmegaClient(Contract contract, SoapTransport transport, Map<String, String> identity) {
        this.contract = contract;
        this.transport = transport;
        this.schema = new SchemaCheck(contract);
        this.xpaths = new XPaths(contract.namespace());
        this.identity = new HashMap<>(identity);
    }

    /** Sends one operation with the identity and the given fields; null leaves a field out. */
    public Answer call(String operation, Map<String, String> fields) {
        byte[] request = validRequest(operation, fields);

        Exchange exchange = send(operation, request);
        return answerOf(exchange);
    }

    /**
     * Like {@link #call}, but a client time-out is an outcome rather than a failure
     * (SES-5): the answer, or empty when the client gave up waiting.
     */
    public Optional<Answer> callUnlessTimedOut(String operation, Map<String, String> fields) {
        byte[] request = validRequest(operation, fields);
        try {
            Exchange exchange = transport.send(operation, request);
            exchanges.add(exchange);
            return Optional.of(answerOf(exchange));
        } catch (TransportException e) {
            if (e.timedOut()) {
                return Optional.empty();
            }
            throw new ConformanceFailure("[SES-5] " + operation + ": " + e.getMessage());
        }
    }

    /**
     * Sends a request the contract refuses, on purpose, to see how the endpoint refuses
     * it: the raw exchange, whatever came back.
     */
    public Exchange sendAsIs(String operation, Map<String, String> fields) {
        return send(operation, render(operation, fields));
    }

    /** The schema violations of a request, rendered but not sent (MSG-1). */
    public List<SchemaViolation> requestViolations(String operation, Map<String, String> fields) {
        return schema.violations(render(operation, fields));
    }

    private byte[] validRequest(String operation, Map<String, String> fields) {
        byte[] request = render(operation, fields);
        schema.assertValid(request, "the " + operation + " request");
        return request;
    }

    private byte[] render(String operation, Map<String, String> fields) {
        Map<String, String> values = new HashMap<>(identity);
        values.putAll(fields);
        values.put("ns", contract.namespace());
        return MessageTemplates.request(operation, values);
    }

    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    public XPaths xpaths() {
        return xpaths;
    }

    private Exchange send(String operation, byte[] request) {
        try {
            Exchange exchange = transport.send(operation, request);
            exchanges.add(exchange);
            return exchange;
        } catch (TransportException e) {
            throw new ConformanceFailure("[SES-5] " + operation + ": " + e.getMessage());
        }
    }

    private Answer answerOf(Exchange exchange) {
        String what = "the " + exchange.operation() + " response";
        if (exchange.response().length == 0) {
            throw new ConformanceFailure("[MSG-1] " + what + " is empty (HTTP "
                    + exchange.status() + ")");
        }
        Document document = parse(exchange, what);
        Element payload = payloadOf(document);
        if (payload != null && "Fault".equals(payload.getLocalName())
                && Soap.ENVELOPE_NS.equals(payload.getNamespaceURI())) {
            throw new ConformanceFailure("[MSG-1] " + what + " is a SOAP Fault (HTTP "
                    + exchange.status() + "): " + payload.getTextContent().strip());
        }
        if (exchange.status() != 200) {
            throw new ConformanceFailure("[MSG-1] " + what + " has HTTP status "
                    + exchange.status() + ", expected 200");
        }
        schema.assertValid(exchange.response(), what);
        String expected = "ReponseWS" + exchange.operation();
        if (payload == null || !expected.equals(payload.getLocalName())) {
            throw new ConformanceFailure("[MSG-1] " + what + " holds "
                    + (payload == null ? "nothing" : payload.getLocalName())
                    + " in its Body, expected " + expected);
        }
        return new Answer(exchange, document, payload, xpaths);
    }

    private Document parse(Exchange exchange, String what) {
        try {
            return contract.read(exchange.response()).document();
        } catch (MalformedXmlException e) {
            throw new ConformanceFailure("[MSG-1] " + what + " is not well-formed XML: "
                    + e.getMessage());
        }
    }

    private static Element payloadOf(Document document) {
        Element envelope = document.getDocumentElement();
        for (Node body = envelope.getFirstChild(); body != null; body = body.getNextSibling()) {
            if (body instanceof Element e && "Body".equals(e.getLocalName())) {
                for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element payload) {
                        return payload;
                    }
                }
            }
        }
        return null;
    }
}
