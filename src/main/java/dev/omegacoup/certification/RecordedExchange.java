package dev.omegacoup.certification;

import dev.omegacoup.soap.Operation;
import dev.omegacoup.soap.RequestSummary;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * One SOAP exchange as the stub saw it. {@code delayMillis} is how long the stub held the
 * answer back (a delay mapping in front of the engine): the answer left at
 * {@link #answeredAt()}. The messages are read on first use only, so recording costs
 * the stub next to nothing; the arrays are kept as given, which the stub no longer
 * touches once the exchange is over (see {@code TrafficListener}).
 */
final class RecordedExchange {

    static final Duration CLIENT_PATIENCE = Duration.ofMinutes(5);

    private final long seq;
    private final String client;
    private final Instant receivedAt;
    private final long delayMillis;
    private final String certificateDn;
    private final String soapAction;
    private final byte[] request;
    private final int status;
    private final byte[] response;
    private volatile RequestFacts requestFacts;
    private volatile AnswerFacts answerFacts;

    RecordedExchange(long seq, Instant receivedAt, long delayMillis, String certificateDn,
            String soapAction, byte[] request, int status, byte[] response) {
        this.seq = seq;
        this.client = clientOf(certificateDn, request);
        this.receivedAt = receivedAt;
        this.delayMillis = delayMillis;
        this.certificateDn = certificateDn;
        this.soapAction = soapAction;
        this.request = request;
        this.status = status;
        this.response = response == null ? new byte[0] : response;
    }

    long seq() {
        return seq;
    }

    Instant receivedAt() {
        return receivedAt;
    }

    Instant answeredAt() {
        return receivedAt.plusMillis(delayMillis);
    }

    long delayMillis() {
        return delayMillis;
    }

    /** The stub held the answer longer than a well-behaved client waits. */
    boolean outlastsClientPatience() {
        return delayMillis >= CLIENT_PATIENCE.toMillis();
    }

    String certificateDn() {
        return certificateDn;
    }

    String soapAction() {
        return soapAction;
    }

    byte[] request() {
        return request.clone();
    }

    int status() {
        return status;
    }

    byte[] response() {
        return response.clone();
    }

    RequestFacts sent() {
        RequestFacts facts = requestFacts;
        if (facts == null) {
            facts = RequestFacts.read(request);
            requestFacts = facts;
        }
        return facts;
    }

    AnswerFacts answered() {
        AnswerFacts facts = answerFacts;
        if (facts == null) {
            facts = AnswerFacts.read(response);
            answerFacts = facts;
        }
        return facts;
    }

    Operation operation() {
        return sent().operation();
    }

    /** The certificate's subject, else the CAD and login the request declares. */
    String client() {
        return client;
    }

    private static String clientOf(String certificateDn, byte[] request) {
        if (certificateDn != null) {
            return "DN " + certificateDn;
        }
        String declared = declaredClient(RequestSummary.of(request));
        return declared == null ? "unidentified client" : declared;
    }

    /** The client's key over plain HTTP; null when the request names nobody. */
    private static String declaredClient(RequestSummary request) {
        if (request.numeroCad() == null && request.login() == null) {
            return null;
        }
        return "CAD " + (request.numeroCad() == null ? "" : request.numeroCad()) + " / login "
                + (request.login() == null ? "" : request.login());
    }

    /** The dialogue: its NumeroDemande once one exists, else the PCE of step 1 or 2. */
    String dialogue() {
        String numero = sent().numeroDemande() != null ? sent().numeroDemande()
                : answered().numeroDemande();
        if (numero != null) {
            return "NumeroDemande " + numero;
        }
        return sent().numeroPce() == null ? "no dialogue" : "PCE " + sent().numeroPce();
    }

    /** "CreerDemandeCOUP → P DatePlageH": one line for evidence. */
    String headline() {
        String operation = operation() == null ? "unreadable request" : operation().wireName();
        return operation + " → " + answered().headline();
    }

    String requestText() {
        return new String(request, StandardCharsets.UTF_8);
    }
}
