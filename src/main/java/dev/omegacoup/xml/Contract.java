package dev.omegacoup.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The service contract: the WSDL, the message schema it imports and the SOAP 1.1
 * envelope schema. By default they come from the project's {@code xsd/} folder packaged
 * in the jar; a user holding GRDF's own files can point at a folder holding
 * {@code omega-coup.wsdl} and {@code omega-coup.xsd} instead (AS-2).
 *
 * <p>The schemas are compiled once per thread (a few milliseconds, some 70 KB): the
 * JDK's validator keeps its counts of bounded repetitions (24 ListeDatePlage, 3
 * RetourSynchroInterventions) inside the compiled schema, so threads validating against
 * one compiled schema at the same time disturb each other's counts and report
 * violations on valid messages.
 */
public final class Contract {

    public static final String WSDL_FILE = "omega-coup.wsdl";
    public static final String XSD_FILE = "omega-coup.xsd";
    private static final String PACKAGED = "/omega/xsd/";
    private static final String ENVELOPE_XSD = "/omega/soap-envelope-1.1.xsd";

    private static volatile Contract packaged;

    private final byte[] wsdl;
    private final byte[] xsd;
    private final String namespace;
    private final ThreadLocal<Schema> schemas;

    private Contract(byte[] wsdl, byte[] xsd) {
        this.wsdl = wsdl;
        this.xsd = xsd;
        this.namespace = targetNamespaceOf(xsd);
        Schema first = compile(xsd);  // fails here, at once, when the schema is broken
        this.schemas = ThreadLocal.withInitial(() -> compile(xsd));
        this.schemas.set(first);
    }

    /** The contract shipped with the project, read once per JVM. */
    public static Contract packaged() {
        Contract contract = packaged;
        if (contract == null) {
            synchronized (Contract.class) {
                if (packaged == null) {
                    packaged = new Contract(resource(PACKAGED + WSDL_FILE),
                            resource(PACKAGED + XSD_FILE));
                }
                contract = packaged;
            }
        }
        return contract;
    }

    /** A contract read from a folder holding omega-coup.wsdl and omega-coup.xsd. */
    public static Contract fromDirectory(Path directory) {
        try {
            return new Contract(Files.readAllBytes(directory.resolve(WSDL_FILE)),
                    Files.readAllBytes(directory.resolve(XSD_FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract in " + directory
                    + " (expected " + WSDL_FILE + " and " + XSD_FILE + ")", e);
        }
    }

    /** The message namespace, as declared by the schema's targetNamespace. */
    public String namespace() {
        return namespace;
    }

    public byte[] wsdl() {
        return wsdl.clone();
    }

    public byte[] xsd() {
        return xsd.clone();
    }

    /**
     * Parses a SOAP message and validates it in the same pass: the envelope against
     * SOAP 1.1 and the body's payload against the message schema. All violations are
     * collected, not only the first.
     */
    public ValidatedMessage read(byte[] message) throws MalformedXmlException {
        ValidatingReader reader = new ValidatingReader(schemas.get());
        Document document = reader.read(new ByteArrayInputStream(message));
        return new ValidatedMessage(document, reader.violations());
    }

    /** Validates a message and returns its violations; a malformed one is a violation. */
    public List<SchemaViolation> validate(byte[] message) {
        try {
            return read(message).violations();
        } catch (MalformedXmlException e) {
            return List.of(new SchemaViolation("(document)", 0, 0, e.getMessage()));
        }
    }

    private static Schema compile(byte[] xsd) {
        try {
            URL envelope = Contract.class.getResource(ENVELOPE_XSD);
            StreamSource envelopeSource = new StreamSource(envelope.openStream(),
                    envelope.toExternalForm());
            StreamSource messages = new StreamSource(new ByteArrayInputStream(xsd), XSD_FILE);
            return SecureXml.schemaFactory().newSchema(
                    new StreamSource[] {envelopeSource, messages});
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("the contract schema does not compile: "
                    + e.getMessage(), e);
        }
    }

    private static String targetNamespaceOf(byte[] xsd) {
        try {
            String namespace = SecureXml.parse(xsd).getDocumentElement()
                    .getAttribute("targetNamespace");
            if (namespace.isEmpty()) {
                throw new IllegalStateException("the message schema declares no targetNamespace");
            }
            return namespace;
        } catch (MalformedXmlException e) {
            throw new IllegalStateException("the message schema is not XML: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Contract.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
