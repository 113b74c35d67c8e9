package dev.omegacoup.xml;

import java.util.List;
import org.w3c.dom.Document;

/** A parsed message and every schema violation found while parsing it. */
public record ValidatedMessage(Document document, List<SchemaViolation> violations) {

    public ValidatedMessage {
        violations = List.copyOf(violations);
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
