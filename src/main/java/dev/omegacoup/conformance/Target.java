package dev.omegacoup.conformance;

import dev.omegacoup.stub.OmegaStub;
import java.net.URI;
import java.time.Duration;

/**
 * What the suite runs against: the embedded stub (default) or an endpoint URL, with
 * the data set of roles for that target. Set once by the runner before Cucumber starts.
 */
public final class Target {

    /** SES-5: a client gives up after 5 minutes. */
    public static final Duration DEFAULT_RECEIVE_TIMEOUT = Duration.ofSeconds(300);

    private static volatile Target current;

    private final URI endpoint;
    private final Roles roles;
    private final Duration receiveTimeout;

    public Target(URI endpoint, Roles roles, Duration receiveTimeout) {
        this.endpoint = endpoint;
        this.roles = roles;
        this.receiveTimeout = receiveTimeout;
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

    public boolean embedded() {
        return endpoint == null;
    }

    /** The endpoint URL; for the embedded stub, starts it on first use. */
    public URI endpoint() {
        return embedded() ? URI.create(EmbeddedStub.get().endpointUrl()) : endpoint;
    }

    /** The embedded stub, for scenarios that control the server. */
    public OmegaStub stub() {
        if (!embedded()) {
            throw new IllegalStateException("the target is " + endpoint
                    + ", not the embedded stub");
        }
        return EmbeddedStub.get();
    }

    public Roles roles() {
        return roles;
    }

    public Duration receiveTimeout() {
        return receiveTimeout;
    }

    public String describe() {
        return embedded() ? "embedded stub" : endpoint.toString();
    }
}
