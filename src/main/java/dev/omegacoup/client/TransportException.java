package dev.omegacoup.client;

/** The endpoint could not be reached or did not answer; the message is one line. */
public final class TransportException extends Exception {

    private final boolean timedOut;

    public TransportException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public TransportException(String message, Throwable cause, boolean timedOut) {
        super(message, cause);
        this.timedOut = timedOut;
    }

    /** Whether the client gave up waiting for the answer (SES-5), rather than failed. */
    public boolean timedOut() {
        return timedOut;
    }
}
