package dev.omegacoup.stub;

import dev.omegacoup.contract.ObjectFactory;
import dev.omegacoup.omega.Omega;
import dev.omegacoup.soap.Operation;
import dev.omegacoup.soap.RequestSummary;
import dev.omegacoup.soap.SoapFaultException;
import dev.omegacoup.soap.SoapFaultException.FaultCode;
import dev.omegacoup.soap.SoapMessages;
import dev.omegacoup.soap.SoapRequest;
import dev.omegacoup.xml.Contract;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.bind.Unmarshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.xml.namespace.QName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The stub's SOAP endpoint, independent of the HTTP server: bytes in, bytes out. A
 * request that is not a valid SOAP 1.1 message of the contract gets a Client fault; a
 * valid one goes to the rules, whose answer is written back in an envelope.
 */
public final class SoapEndpoint {

    private static final Logger LOG = LoggerFactory.getLogger(SoapEndpoint.class);
    private static final JAXBContext JAXB = jaxbContext();
    /** JAXB's (un)marshallers are not thread-safe but cost to make: one per thread. */
    private static final ThreadLocal<Unmarshaller> UNMARSHALLERS =
            ThreadLocal.withInitial(SoapEndpoint::unmarshaller);
    private static final ThreadLocal<Marshaller> MARSHALLERS =
            ThreadLocal.withInitial(SoapEndpoint::marshaller);

    /** An answer is written here, then copied out: one buffer per thread, grown once. */
    private static final ThreadLocal<ByteArrayOutputStream> BUFFERS =
            ThreadLocal.withInitial(() -> new ByteArrayOutputStream(4096));
    private static final byte[] OPEN = SoapMessages.open().getBytes(StandardCharsets.UTF_8);
    private static final byte[] CLOSE = SoapMessages.close().getBytes(StandardCharsets.UTF_8);
    private static final ThreadLocal<Reading> LAST = new ThreadLocal<>();

    private final Contract contract;
    private final Omega omega;
    private final List<TrafficListener> listeners = new CopyOnWriteArrayList<>();

    public SoapEndpoint(Contract contract, Omega omega) {
        this.contract = contract;
        this.omega = omega;
    }

    /** Registers a listener told of every exchange, after the answer is computed. */
    public void addTrafficListener(TrafficListener listener) {
        listeners.add(listener);
    }

    public SoapAnswer answer(byte[] body, String soapAction, String certificateDn) {
        Instant received = Instant.now();
        SoapAnswer answer = compute(read(body, soapAction), certificateDn);
        for (TrafficListener listener : listeners) {
            try {
                listener.exchanged(received, certificateDn, soapAction, body, answer.status(),
                        answer.body());
            } catch (RuntimeException e) {
                LOG.warn("a traffic listener failed; the answer is sent all the same", e);
            }
        }
        return answer;
    }

    /**
     * The request's one parse. Whoever decides before the engine answers (the fast path,
     * WireMock's matchers) and the engine itself share it: the same body on the same
     * thread is not parsed again until {@link #forgetThreadState()}.
     */
    public Reading read(byte[] body, String soapAction) {
        Reading last = LAST.get();
        if (last != null && last.isOf(this, body, soapAction)) {
            return last;
        }
        Reading reading;
        try {
            SoapRequest request = SoapRequest.read(contract, body, soapAction);
            RequestSummary summary = request.summary();
            RequestSummary.remember(body, summary);
            reading = new Reading(this, body, soapAction, request, null, summary);
        } catch (SoapFaultException refusal) {
            reading = new Reading(this, body, soapAction, null, refusal, null);
        }
        LAST.set(reading);
        return reading;
    }

    /** Drops what this thread keeps of the request it answered: bodies may be large. */
    public static void forgetThreadState() {
        LAST.remove();
        RequestSummary.forget();
    }

    private SoapAnswer compute(Reading reading, String certificateDn) {
        try {
            if (reading.refusal() != null) {
                throw reading.refusal();
            }
            SoapRequest request = reading.request();
            Object typed = unmarshal(request);
            Object response = omega.handle(request.operation(), typed, certificateDn);
            LOG.debug("{} answered", request.operation().wireName());
            return SoapAnswer.ok(envelope(request.operation(), response));
        } catch (SoapFaultException fault) {
            LOG.debug("fault {}: {}", fault.code(), LogText.of(fault.getMessage()));
            return SoapAnswer.fault(SoapMessages.fault(fault));
        } catch (RuntimeException e) {
            LOG.error("internal error while answering a request", e);
            return SoapAnswer.fault(SoapMessages.fault(new SoapFaultException(FaultCode.SERVER,
                    "The stub could not answer this request because of an internal error.")));
        }
    }

    private Object unmarshal(SoapRequest request) throws SoapFaultException {
        try {
            return UNMARSHALLERS.get()
                    .unmarshal(request.payload(), requestType(request.operation()))
                    .getValue();
        } catch (JAXBException e) {
            throw new SoapFaultException(FaultCode.CLIENT, "The "
                    + request.operation().requestElement() + " request cannot be read.");
        }
    }

    private byte[] envelope(Operation operation, Object response) {
        try {
            ByteArrayOutputStream out = BUFFERS.get();
            out.reset();
            out.writeBytes(OPEN);
            MARSHALLERS.get().marshal(element(operation, response), out);
            out.writeBytes(CLOSE);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write the " + operation.responseElement()
                    + " answer", e);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private JAXBElement<?> element(Operation operation, Object response) {
        QName name = new QName(contract.namespace(), operation.responseElement());
        return new JAXBElement(name, response.getClass(), response);
    }

    private static Class<?> requestType(Operation operation) {
        return switch (operation) {
            case VERIFIER_RECEVABILITE ->
                    dev.omegacoup.contract.RequeteWSVerifierRecevabiliteCOUP.class;
            case CREER_DEMANDE -> dev.omegacoup.contract.RequeteWSCreerDemandeCOUP.class;
            case PROPOSER_DATE_PLAGE -> dev.omegacoup.contract.RequeteWSProposerDatePlage.class;
            case DEMANDER_PREC_SUIV -> dev.omegacoup.contract.RequeteWSDemanderPrecSuiv.class;
            case ACCEPTER_RDV, ABANDONNER_RDV, ABANDONNER_DEMANDE ->
                    dev.omegacoup.contract.RequeteSurDemandeType.class;
        };
    }

    private static Unmarshaller unmarshaller() {
        try {
            return JAXB.createUnmarshaller();
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Marshaller marshaller() {
        try {
            Marshaller marshaller = JAXB.createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            return marshaller;
        } catch (JAXBException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JAXBContext jaxbContext() {
        try {
            return JAXBContext.newInstance(ObjectFactory.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("the contract's JAXB classes do not load", e);
        }
    }

    /** A request as parsed: the checked request, or why it is refused. */
    public record Reading(SoapEndpoint endpoint, byte[] body, String soapAction,
            SoapRequest request, SoapFaultException refusal, RequestSummary checkedSummary) {

        /** What the request is about; for a refused one, what a lenient scan finds. */
        public RequestSummary summary() {
            return checkedSummary != null ? checkedSummary : RequestSummary.of(body);
        }

        boolean isOf(SoapEndpoint reader, byte[] otherBody, String otherAction) {
            return endpoint == reader && Objects.equals(soapAction, otherAction)
                    && (body == otherBody || Arrays.equals(body, otherBody));
        }
    }

    /** An HTTP status and the SOAP bytes to send. */
    public record SoapAnswer(int status, byte[] body) {

        static SoapAnswer ok(byte[] body) {
            return new SoapAnswer(200, body);
        }

        static SoapAnswer fault(byte[] body) {
            return new SoapAnswer(500, body);
        }
    }
}
