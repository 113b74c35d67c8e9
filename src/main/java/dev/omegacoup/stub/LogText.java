package dev.omegacoup.stub;

/**
 * Text from a request made safe for a log line: control characters escaped, so a field
 * cannot forge a line, and at most {@value #MAX} characters.
 */
final class LogText {

    static final int MAX = 200;

    private LogText() {
    }

    static String of(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX) + 16);
        for (int i = 0; i < text.length() && out.length() < MAX; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return text.length() > out.length() ? out + "…" : out.toString();
    }
}
