package dev.omegacoup.xml;

/** The input is not well-formed XML, or uses a construct the hardened parser refuses. */
public final class MalformedXmlException extends Exception {

    public MalformedXmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
