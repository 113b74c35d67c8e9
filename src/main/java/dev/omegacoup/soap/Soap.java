package dev.omegacoup.soap;

/** SOAP 1.1 names used across the project. */
public final class Soap {

    public static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";
    public static final String SOAP12_ENVELOPE_NS = "http://www.w3.org/2003/05/soap-envelope";
    public static final String CONTENT_TYPE = "text/xml; charset=utf-8";

    private Soap() {
    }
}
