package dev.omegacoup.conformance;

/** The suite's selection tags. */
public final class Tags {

    /** Needs control of the server (stub admin): not applicable against a real endpoint. */
    public static final String SERVER_CONTROL = "@serveur";
    /** Changes state every scenario sees (maintenance, opening hours): runs alone. */
    public static final String ISOLATED = "@isolé";
    /** Fails only because of a reported stub bug; to be removed with the fix. */
    public static final String STUB_BUG = "@bug-stub";

    private Tags() {
    }
}
