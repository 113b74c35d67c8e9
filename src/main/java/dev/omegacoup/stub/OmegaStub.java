package dev.omegacoup.stub;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.extension.Extension;
import dev.omegacoup.certification.CertificationKit;
import dev.omegacoup.certification.TrafficRecording;
import dev.omegacoup.omega.DataSet;
import dev.omegacoup.soap.Soap;
import dev.omegacoup.soap.SoapFaultException;
import dev.omegacoup.soap.SoapFaultException.FaultCode;
import dev.omegacoup.soap.SoapMessages;
import dev.omegacoup.omega.Omega;
import dev.omegacoup.omega.RequestStore;
import dev.omegacoup.omega.ServiceClock;
import dev.omegacoup.xml.Contract;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * The OMEGA stub: a WireMock server whose SOAP endpoint is answered by the rule engine.
 * User mappings in the stubs folder come first (WireMock priority 1 to 9); the engine's
 * catch-all mappings have priority {@value #ENGINE_PRIORITY}.
 *
 * <pre>{@code
 * OmegaStub stub = OmegaStub.builder().port(0).build().start();
 * URI endpoint = stub.endpointUrl();
 * }</pre>
 */
public final class OmegaStub implements AutoCloseable {

    public static final String ENDPOINT_PATH = "/ws/CreerDemandeCOUP";
    public static final int ENGINE_PRIORITY = 10;
    /** The transformer that makes a mapping answer with the engine (after any delay). */
    public static final String ENGINE_TRANSFORMER = EngineTransformer.NAME;
    private static final UUID ENGINE_MAPPING_ID =
            UUID.nameUUIDFromBytes("omega-engine".getBytes(StandardCharsets.UTF_8));
    /** WireMock's priority for a mapping that names none. */
    private static final int WIREMOCK_DEFAULT_PRIORITY = 5;
    /** Anything else gets a short 404, never WireMock's report of near misses. */
    private static final int NOTHING_HERE_PRIORITY = 100;
    /**
     * WireMock's journal (GET /__admin/requests) keeps the last requests for debugging;
     * it trims itself by walking the whole list on every request, so it stays short.
     * Request tracking of OMEGA's side lives in the engine, with its own cap.
     */
    private static final int JOURNAL_CAP = 100;

    private final Builder settings;
    private final Omega omega;
    private final WireMockServer server;
    private final SoapEndpoint endpoint;
    private final FastPath fastPath = new FastPath();
    private final CertificationKit certification;

    private OmegaStub(Builder settings) {
        this.settings = settings;
        ServiceClock clock = new ServiceClock();
        if (settings.clockStart != null) {
            clock.set(settings.clockStart);
        }
        this.omega = new Omega(settings.dataSet, clock, settings.requestCapacity);
        this.endpoint = new SoapEndpoint(settings.contract, omega);
        this.certification = CertificationKit.create(settings.recording,
                settings.recordingPerClient, settings.recordingTotal);

        WireMockConfiguration config = WireMockConfiguration.options()
                .bindAddress(settings.bindAddress)
                .port(settings.port)
                .jettyAcceptors(1)
                .containerThreads(settings.limits.workerThreads())
                .httpServerFactory(new GuardedServerFactory(settings.limits, fastPath))
                .maxRequestJournalEntries(JOURNAL_CAP)
                .stubRequestLoggingDisabled(true)
                // Answers are a few hundred bytes: compressing them costs more than it saves.
                .gzipDisabled(true)
                .notifier(new Slf4jNotifier(false))
                .extensions(new EngineTransformer(endpoint),
                        new ContractTransformer(settings.contract, ENDPOINT_PATH),
                        new AdminRoutes(omega), new OmegaRequestMatcher());
        config.extensions(certification.extensions().toArray(Extension[]::new));
        if (settings.tls != null) {
            applyTls(config, settings.tls);
        }
        if (settings.adminUser != null) {
            config.basicAdminAuthenticator(settings.adminUser, settings.adminPassword);
        }
        if (settings.mappings != null) {
            config.usingFilesUnderDirectory(settings.mappings.toString());
        } else {
            config.usingFilesUnderClasspath("omega/stubs");
        }
        this.server = new WireMockServer(config);
        endpoint.addTrafficListener(certification.listener(server::getStubMappings));
    }

    private static void applyTls(WireMockConfiguration config, TlsSettings tls) {
        config.httpsPort(tls.httpsPort())
                .keystorePath(tls.keystore().toString())
                .keystorePassword(tls.keystorePassword())
                .keyManagerPassword(tls.keystorePassword())
                .keystoreType("PKCS12")
                .needClientAuth(tls.needClientAuth())
                .httpDisabled(tls.httpDisabled());
        if (tls.truststore() != null) {
            config.trustStorePath(tls.truststore().toString())
                    .trustStorePassword(tls.truststorePassword())
                    .trustStoreType("PKCS12");
        }
    }

    /** A mapping's priority as WireMock applies it: 5 when it names none. */
    public static int priorityOf(StubMapping mapping) {
        return mapping.getPriority() == null ? WIREMOCK_DEFAULT_PRIORITY : mapping.getPriority();
    }

    /**
     * Whether WireMock may pick this mapping before the engine's: a lower priority number,
     * or the same one (WireMock then prefers the newer mapping), the engine's own excepted.
     */
    public static boolean mayComeBeforeEngine(StubMapping mapping) {
        return priorityOf(mapping) <= ENGINE_PRIORITY && !ENGINE_MAPPING_ID.equals(mapping.getId());
    }

    public static Builder builder() {
        return new Builder();
    }

    public OmegaStub start() {
        server.start();
        server.stubFor(any(urlPathEqualTo(ENDPOINT_PATH)).atPriority(ENGINE_PRIORITY)
                .withId(ENGINE_MAPPING_ID)
                .willReturn(aResponse().withTransformers(EngineTransformer.NAME)));
        server.stubFor(any(anyUrl()).atPriority(NOTHING_HERE_PRIORITY)
                .withId(UUID.nameUUIDFromBytes("omega-nothing-here".getBytes()))
                .willReturn(aResponse().withStatus(404)
                        .withHeader("Content-Type", Soap.CONTENT_TYPE)
                        .withBody(SoapMessages.fault(new SoapFaultException(FaultCode.CLIENT,
                                "No service at this path; the SOAP endpoint is "
                                        + ENDPOINT_PATH + ".")))));
        server.stubFor(get(urlPathEqualTo(ENDPOINT_PATH)).atPriority(ENGINE_PRIORITY - 1)
                .withId(UUID.nameUUIDFromBytes("omega-contract".getBytes()))
                .willReturn(aResponse().withTransformers(ContractTransformer.NAME)));
        fastPath.bind(endpoint, server::getStubMappings);
        return this;
    }

    public void stop() {
        server.stop();
    }

    @Override
    public void close() {
        stop();
    }

    public int port() {
        return server.port();
    }

    /** The HTTPS base URL when HTTPS is on, otherwise the HTTP one. */
    public String baseUrl() {
        if (settings.tls != null) {
            return "https://" + hostForUrls() + ":" + server.httpsPort();
        }
        return "http://" + hostForUrls() + ":" + port();
    }

    /** The plain HTTP base URL, or null when HTTP is off. */
    public String httpBaseUrl() {
        return settings.tls != null && settings.tls.httpDisabled() ? null
                : "http://" + hostForUrls() + ":" + port();
    }

    public String endpointUrl() {
        return baseUrl() + ENDPOINT_PATH;
    }

    public String wsdlUrl() {
        return endpointUrl() + "?wsdl";
    }

    /** Tells {@code listener} of every SOAP exchange the engine answers. */
    public void addTrafficListener(TrafficListener listener) {
        endpoint.addTrafficListener(listener);
    }

    /** The verdict on the clients from the recorded traffic (certification). */
    public CertificationKit certification() {
        return certification;
    }

    /** The engine, for in-process control (clock, availability, requests). */
    public Omega omega() {
        return omega;
    }

    /** The WireMock server, for mappings added by code (fault injection). */
    public WireMockServer wireMock() {
        return server;
    }

    private String hostForUrls() {
        String bind = settings.bindAddress;
        return bind.equals("0.0.0.0") ? "127.0.0.1" : bind;
    }

    /** Stub settings; every one has a safe default. */
    public static final class Builder {

        private int port = 8080;
        private String bindAddress = "127.0.0.1";
        private DataSet dataSet;
        private Contract contract;
        private Path mappings;
        private Instant clockStart;
        private int requestCapacity = RequestStore.DEFAULT_CAPACITY;
        private StubLimits limits = StubLimits.DEFAULTS;
        private TlsSettings tls;
        private String adminUser;
        private String adminPassword;
        private Path recording;
        private int recordingPerClient = TrafficRecording.DEFAULT_PER_CLIENT;
        private int recordingTotal = TrafficRecording.DEFAULT_TOTAL;

        /** 0 picks a free port. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder bindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
            return this;
        }

        public Builder dataSet(DataSet dataSet) {
            this.dataSet = dataSet;
            return this;
        }

        public Builder contract(Contract contract) {
            this.contract = contract;
            return this;
        }

        /** A folder holding WireMock {@code mappings/} (and {@code __files/}) of the user. */
        public Builder mappings(Path folder) {
            if (!Files.isDirectory(folder)) {
                throw new IllegalArgumentException("the mappings folder " + folder
                        + " does not exist");
            }
            if (!Files.isDirectory(folder.resolve("mappings"))) {
                throw new IllegalArgumentException(folder + " has no mappings/ folder: point"
                        + " --mappings at the folder that holds mappings/ (like stubs/), not at"
                        + " mappings/ itself");
            }
            this.mappings = folder;
            return this;
        }

        /** Starts OMEGA's clock at this instant; it ticks from there. */
        public Builder clockStart(Instant clockStart) {
            this.clockStart = clockStart;
            return this;
        }

        public Builder requestCapacity(int requestCapacity) {
            this.requestCapacity = requestCapacity;
            return this;
        }

        /** Requires HTTP basic credentials on the admin API. */
        public Builder adminCredentials(String user, String password) {
            if (user == null || user.isBlank() || password == null || password.isEmpty()) {
                throw new IllegalArgumentException("admin credentials need a user and a"
                        + " password");
            }
            this.adminUser = user;
            this.adminPassword = password;
            return this;
        }

        public Builder tls(TlsSettings tls) {
            this.tls = tls;
            return this;
        }

        public Builder limits(StubLimits limits) {
            this.limits = limits;
            return this;
        }

        /** Also appends every exchange to a file there, loading what it holds first. */
        public Builder recording(Path directory) {
            this.recording = directory;
            return this;
        }

        /** Exchanges kept in memory for certification, per client and in all. */
        public Builder recordingCaps(int perClient, int total) {
            this.recordingPerClient = perClient;
            this.recordingTotal = total;
            return this;
        }

        public OmegaStub build() {
            if (dataSet == null) {
                dataSet = DataSet.packaged();
            }
            if (contract == null) {
                contract = Contract.packaged();
            }
            return new OmegaStub(this);
        }
    }
}
