package dev.omegacoup.assertion;

import dev.omegacoup.xml.Contract;
import dev.omegacoup.xml.SchemaViolation;
import java.util.List;
import java.util.stream.Collectors;

/** MSG-1: a message validates against the contract, envelope and payload. */
public final class SchemaCheck {

    private final Contract contract;

    public SchemaCheck(Contract contract) {
        this.contract = contract;
    }

    /** Every violation of a message, with its element and line; empty when it is valid. */
    public List<SchemaViolation> violations(byte[] message) {
        return contract.validate(message);
    }

    /**
     * @param what names the message in the failure text, e.g. "the CreerDemandeCOUP response"
     */
    public void assertValid(byte[] message, String what) {
        List<SchemaViolation> violations = violations(message);
        if (!violations.isEmpty()) {
            throw new ConformanceFailure("[MSG-1] " + what + " does not validate against the"
                    + " XSD (" + violations.size() + " violation"
                    + (violations.size() > 1 ? "s" : "") + "):\n  - "
                    + violations.stream().map(SchemaViolation::toString)
                            .collect(Collectors.joining("\n  - ")));
        }
    }
}
