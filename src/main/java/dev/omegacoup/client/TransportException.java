package dev.omegacoup.client;

/** The endpoint could not be reached or did not answer; the message is one line. */
public final class TransportException extends Exception {

    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
