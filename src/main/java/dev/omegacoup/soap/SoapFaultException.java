package dev.omegacoup.soap;

/**
 * A request the stub answers with a SOAP 1.1 Fault. The fault string is short and
 * written for the client's developer; it never carries a stack trace.
 */
public final class SoapFaultException extends Exception {

    private final FaultCode code;

    public SoapFaultException(FaultCode code, String faultString) {
        super(faultString, null, false, false);
        this.code = code;
    }

    public FaultCode code() {
        return code;
    }

    /** SOAP 1.1 fault codes. */
    public enum FaultCode {
        CLIENT("Client"),
        SERVER("Server"),
        VERSION_MISMATCH("VersionMismatch"),
        MUST_UNDERSTAND("MustUnderstand");

        private final String localName;

        FaultCode(String localName) {
            this.localName = localName;
        }

        public String localName() {
            return localName;
        }
    }
}
