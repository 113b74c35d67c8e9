package dev.omegacoup.stub;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;

/** Reads the charset parameter of a Content-Type, which WireMock would trust blindly. */
final class MediaTypes {

    private MediaTypes() {
    }

    /** The charset named by {@code contentType} when the JDK cannot decode it, else null. */
    static String unsupportedCharset(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().toLowerCase(Locale.ROOT).equals("charset")) {
                String charset = pair[1].strip().replace("\"", "");
                return supported(charset) ? null : charset;
            }
        }
        return null;
    }

    private static boolean supported(String charset) {
        try {
            return !charset.isEmpty() && Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }
}
