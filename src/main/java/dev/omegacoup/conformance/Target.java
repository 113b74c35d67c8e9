package dev.omegacoup.conformance;

import dev.omegacoup.client.CxfSoapTransport;
import dev.omegacoup.client.TransportSettings;
import dev.omegacoup.stub.OmegaStub;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * What the suite runs against: the embedded stub (default) or an endpoint URL, with
 * the data set of roles for that target. Set once by the runner before Cucumber starts.
 */
public final class Target {

    /** SES-5: a client gives up after 5 minutes. */
    public static final Duration DEFAULT_RECEIVE_TIMEOUT = Duration.ofSeconds(300);
    /**
     * Time-out scenarios on the embedded stub wait this many times less than a real
     * client, so that 300 s become half a second and the suite stays fast.
     */
    public static final long STUB_TIME_SCALE = 600;
    private static final Duration SHORTEST_SCALED_TIMEOUT = Duration.ofMillis(200);

    private static volatile Target current;

    private final URI endpoint;
    private final Roles roles;
    private final Duration receiveTimeout;
    private final boolean controlsStub;
    private final boolean foldTypography;
    private final TransportSettings transport;

    public Target(URI endpoint, Roles roles, Duration receiveTimeout) {
        this(endpoint, roles, receiveTimeout, endpoint == null, false, null);
    }

    private Target(URI endpoint, Roles roles, Duration receiveTimeout, boolean controlsStub,
            boolean foldTypography, TransportSettings transport) {
        this.endpoint = endpoint;
        this.roles = roles;
        this.receiveTimeout = receiveTimeout;
        this.controlsStub = controlsStub;
        this.foldTypography = foldTypography;
        this.transport = transport;
    }

    /** The target set by the runner, or the embedded stub with the default data set. */
    public static Target current() {
        Target target = current;
        return target != null ? target
                : new Target(null, Roles.packaged(), DEFAULT_RECEIVE_TIMEOUT);
    }

    static void use(Target target) {
        current = target;
    }

    /**
     * The embedded stub reached through another URL (a proxy in front of it): its
     * server-control scenarios still apply. For the suite's own tests.
     */
    static Target embeddedThrough(URI endpoint, Roles roles) {
        return new Target(endpoint, roles, DEFAULT_RECEIVE_TIMEOUT, true, false, null);
    }

    /** The same target, folding typography in return texts into warnings (or not). */
    public Target withFoldTypography(boolean fold) {
        return new Target(endpoint, roles, receiveTimeout, controlsStub, fold, transport);
    }

    /**
     * The same target reached with these transport settings: client certificate, trust
     * store, proxy (their endpoint and time-out are the target's).
     */
    public Target withTransport(TransportSettings settings) {
        return new Target(endpoint, roles, receiveTimeout, controlsStub, foldTypography,
                settings);
    }

    /** Whether the harness authenticates with a TLS client certificate. */
    public boolean usesClientCertificate() {
        return transport != null && transport.keystore() != null;
    }

    /** A CXF transport to the endpoint waiting {@code timeout}, sending {@code headers}. */
    public CxfSoapTransport transport(Duration timeout, Map<String, String> headers) {
        TransportSettings base = transport != null ? transport
                : TransportSettings.plain(endpoint(), timeout);
        return new CxfSoapTransport(new TransportSettings(endpoint(), base.connectTimeout(),
                timeout, base.keystore(), base.keystorePassword(), base.truststore(),
                base.truststorePassword(), base.proxy(), base.maxResponseBytes()), headers);
    }

    /** Whether the suite controls the server: the embedded stub. */
    public boolean embedded() {
        return controlsStub;
    }

    /** The endpoint URL; for the embedded stub, starts it on first use. */
    public URI endpoint() {
        return endpoint == null ? URI.create(EmbeddedStub.get().endpointUrl()) : endpoint;
    }

    /** The embedded stub, for scenarios that control the server. */
    public OmegaStub stub() {
        if (!embedded()) {
            throw new NotApplicable("the target is " + endpoint + ", not the embedded stub:"
                    + " the server cannot be controlled");
        }
        return EmbeddedStub.get();
    }

    public Roles roles() {
        return roles;
    }

    /** How long a client waits for an answer (SES-5), 300 s unless told otherwise. */
    public Duration receiveTimeout() {
        return receiveTimeout;
    }

    /**
     * The client time-out time-out scenarios use: the real one against an endpoint,
     * scaled down by {@link #STUB_TIME_SCALE} on the embedded stub.
     */
    public Duration scenarioTimeout() {
        if (!embedded()) {
            return receiveTimeout;
        }
        Duration scaled = receiveTimeout.dividedBy(STUB_TIME_SCALE);
        return scaled.compareTo(SHORTEST_SCALED_TIMEOUT) < 0 ? SHORTEST_SCALED_TIMEOUT : scaled;
    }

    /** Whether return texts differing only in apostrophes, quotes or spaces only warn. */
    public boolean foldTypography() {
        return foldTypography;
    }

    public String describe() {
        return (embedded() ? "embedded stub" : endpoint.toString())
                + (foldTypography ? " (typography folded)" : "");
    }
}
