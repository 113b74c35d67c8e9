package dev.omegacoup.soap;

import java.nio.charset.StandardCharsets;

/** Writes SOAP 1.1 envelopes and faults as UTF-8 bytes. */
public final class SoapMessages {

    private static final String OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<soap:Envelope xmlns:soap=\"" + Soap.ENVELOPE_NS + "\"><soap:Body>";
    private static final String CLOSE = "</soap:Body></soap:Envelope>";

    private SoapMessages() {
    }

    public static String open() {
        return OPEN;
    }

    public static String close() {
        return CLOSE;
    }

    public static byte[] fault(SoapFaultException fault) {
        String xml = OPEN + "<soap:Fault><faultcode>soap:" + fault.code().localName()
                + "</faultcode><faultstring>" + escape(fault.getMessage())
                + "</faultstring></soap:Fault>" + CLOSE;
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes text for element content, dropping characters XML 1.0 cannot carry. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c != 0xFFFE
                            && c != 0xFFFF && !(c >= 0xD800 && c <= 0xDFFF))) {
                        out.appendCodePoint(c);
                    } else {
                        out.append('?');
                    }
                }
            }
        });
        return out.toString();
    }
}
