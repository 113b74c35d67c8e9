package dev.omegacoup.certification;

/** A short, one-line piece of a message for the evidence: the request payload or one element. */
final class Excerpt {

    static final int MAX = 320;

    private Excerpt() {
    }

    /**
     * The payload of the request, white space folded: its opening tag, then what follows
     * the identification (the same in every call of a client, so left out).
     */
    static String ofRequest(RecordedExchange exchange) {
        String text = fold(exchange.requestText());
        int payload = text.indexOf("RequeteWS");
        if (payload < 0) {
            return cut(text);
        }
        int start = Math.max(0, text.lastIndexOf('<', payload));
        String open = text.substring(start, text.indexOf('>', payload) + 1);
        int version = text.indexOf("NumeroVersion>", text.indexOf("NumeroVersion>") + 1);
        if (version < 0) {
            return cut(text.substring(start));
        }
        return cut(open + "…" + text.substring(version + "NumeroVersion>".length()));
    }

    /** The first element of that local name with its content, or the payload without one. */
    static String ofElement(RecordedExchange exchange, String localName) {
        String text = fold(exchange.requestText());
        int at = text.indexOf(localName + ">");
        if (at < 0) {
            return ofRequest(exchange);
        }
        int open = text.lastIndexOf('<', at);
        int close = text.indexOf(localName + ">", at + localName.length() + 1);
        int end = close < 0 ? text.length() : close + localName.length() + 1;
        return cut(text.substring(open, end));
    }

    private static String fold(String text) {
        return text.replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").strip();
    }

    private static String cut(String text) {
        return text.length() <= MAX ? text : text.substring(0, MAX) + "…";
    }
}
