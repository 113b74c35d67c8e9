package dev.omegacoup.cli;

import dev.omegacoup.omega.DataSet;
import dev.omegacoup.stub.OmegaStub;
import dev.omegacoup.stub.StubLimits;
import dev.omegacoup.stub.TlsSettings;
import dev.omegacoup.xml.Contract;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Starts the stub standalone and keeps it running until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the OMEGA stub and print its endpoint and WSDL URLs.")
final class ServeCommand implements Callable<Integer> {

    /** Exit status meaning "the server runs on; do not exit the JVM". */
    static final int KEEP_RUNNING = -1;

    @Mixin
    KeyStores stores = new KeyStores();

    @Option(names = "--port", defaultValue = "8080",
            description = "HTTP port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on. Default: ${DEFAULT-VALUE}.")
    String bind;

    @Option(names = "--data", description = "Data set file (JSON) instead of the default one.")
    Path data;

    @Option(names = "--mappings",
            description = "Folder with WireMock mappings/ served before the engine.")
    Path mappings;

    @Option(names = "--contract",
            description = "Folder with omega-coup.wsdl and omega-coup.xsd to use instead.")
    Path contract;

    @Option(names = "--clock", description = "Start OMEGA's clock at this instant, e.g."
            + " 2027-01-11T09:00:00+01:00.")
    OffsetDateTime clock;

    @Option(names = "--max-requests", defaultValue = "100000",
            description = "Requests kept in memory. Default: ${DEFAULT-VALUE}.")
    int maxRequests;

    @Option(names = "--https-port", description = "Also serve HTTPS on this port.")
    Integer httpsPort;

    @Option(names = "--need-client-auth", description = "Require a client certificate whose"
            + " subject is the caller's DNEntreprise (BR-2); plain HTTP goes off.")
    boolean needClientAuth;

    @Option(names = "--keep-http", description = "Keep plain HTTP on with --need-client-auth.")
    boolean keepHttp;

    @Option(names = "--max-body-bytes", defaultValue = "1048576",
            description = "Largest request body, after gzip inflation. Default: ${DEFAULT-VALUE}.")
    int maxBodyBytes;

    @Option(names = "--remote-admin", description = "Let non-loopback callers use the admin"
            + " API (it answers loopback only by default).")
    boolean remoteAdmin;

    @Option(names = "--admin-user", description = "Require this user on the admin API.")
    String adminUser;

    @Option(names = "--admin-password", defaultValue = "${env:OMEGA_ADMIN_PASSWORD}",
            description = "Its password (default: $OMEGA_ADMIN_PASSWORD).")
    String adminPassword;

    @Option(names = "--recording", description = "Folder where every exchange is appended"
            + " for client certification (see the certify command); kept across restarts.")
    Path recording;

    @Override
    public Integer call() {
        Ports.check("--port", port);
        if (httpsPort != null) {
            Ports.check("--https-port", httpsPort);
        }
        OmegaStub.Builder builder = OmegaStub.builder().port(port).bindAddress(bind)
                .requestCapacity(maxRequests)
                .limits(StubLimits.DEFAULTS.withMaxBodyBytes(maxBodyBytes)
                        .withRemoteAdmin(remoteAdmin));
        if (adminUser != null) {
            builder.adminCredentials(adminUser, adminPassword);
        }
        if (httpsPort != null) {
            builder.tls(new TlsSettings(httpsPort, stores.keystore, stores.keystorePassword,
                    stores.truststore, stores.truststorePassword, needClientAuth, keepHttp));
        } else if (needClientAuth || stores.keystore != null) {
            throw new IllegalArgumentException("--keystore and --need-client-auth need"
                    + " --https-port");
        }
        if (data != null) {
            builder.dataSet(DataSet.fromFile(data));
        }
        if (mappings != null) {
            builder.mappings(mappings);
        }
        if (contract != null) {
            builder.contract(Contract.fromDirectory(contract));
        }
        if (clock != null) {
            builder.clockStart(clock.toInstant());
        }
        if (recording != null) {
            builder.recording(recording);
        }
        OmegaStub stub = builder.build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(stub::stop, "omega-stub-stop"));

        System.out.println("OMEGA stub listening");
        if (stub.httpBaseUrl() != null && httpsPort != null) {
            System.out.println("  endpoint: " + stub.httpBaseUrl() + OmegaStub.ENDPOINT_PATH);
        }
        System.out.println("  endpoint: " + stub.endpointUrl());
        System.out.println("  WSDL:     " + stub.wsdlUrl());
        System.out.println("  admin:    " + stub.baseUrl() + "/__admin/omega/requests");
        System.out.println("  certification: " + stub.baseUrl()
                + "/__admin/omega/certification.html");
        if (needClientAuth) {
            System.out.println("  client certificates required; plain HTTP "
                    + (keepHttp ? "kept on" : "off"));
        }
        return KEEP_RUNNING;
    }
}
