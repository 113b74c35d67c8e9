package dev.omegacoup.xml;

/**
 * One schema error: the element it concerns (local name, or "?" when the validator
 * did not say), the position when known, and the validator's own text.
 */
public record SchemaViolation(String element, int line, int column, String message) {

    @Override
    public String toString() {
        String where = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return "element " + element + where + ": " + message;
    }
}
