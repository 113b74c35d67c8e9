package dev.omegacoup.junit;

import dev.omegacoup.omega.DataSet;
import dev.omegacoup.stub.OmegaAdminClient;
import dev.omegacoup.stub.OmegaStub;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the OMEGA stub in-process, on a free loopback port, for an integrator's own
 * JUnit 5 tests, and hands the tests the stub and an admin client as parameters.
 *
 * <pre>{@code
 * @ExtendWith(OmegaStubExtension.class)
 * @OmegaStubConfig(clock = "2027-01-11T09:00:00+01:00")
 * class MyClientTest {
 *     @Test
 *     void cutsOffAPce(OmegaStub stub, OmegaAdminClient admin) { ... stub.endpointUrl() ... }
 * }
 *
 * // or, with a builder:
 * @RegisterExtension
 * static OmegaStubExtension omega = OmegaStubExtension.with(b -> b.requestCapacity(1000));
 * }</pre>
 */
public final class OmegaStubExtension implements BeforeAllCallback, AfterAllCallback,
        ParameterResolver {

    private final UnaryOperator<OmegaStub.Builder> settings;
    private OmegaStub stub;

    /** For {@code @ExtendWith}: settings from {@link OmegaStubConfig}, if present. */
    public OmegaStubExtension() {
        this(UnaryOperator.identity());
    }

    private OmegaStubExtension(UnaryOperator<OmegaStub.Builder> settings) {
        this.settings = settings;
    }

    /** For {@code @RegisterExtension}: settings given by code. */
    public static OmegaStubExtension with(UnaryOperator<OmegaStub.Builder> settings) {
        return new OmegaStubExtension(settings);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        OmegaStub.Builder builder = OmegaStub.builder().port(0);
        OmegaStubConfig config = context.getRequiredTestClass()
                .getAnnotation(OmegaStubConfig.class);
        if (config != null) {
            apply(config, builder);
        }
        stub = settings.apply(builder).port(0).build().start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (stub != null) {
            stub.stop();
            stub = null;
        }
    }

    /** The running stub, for {@code @RegisterExtension} users. */
    public OmegaStub stub() {
        return stub;
    }

    public OmegaAdminClient admin() {
        return new OmegaAdminClient(stub.baseUrl());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == OmegaStub.class || type == OmegaAdminClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == OmegaStub.class ? stub : admin();
    }

    private static void apply(OmegaStubConfig config, OmegaStub.Builder builder) {
        if (!config.dataSet().isEmpty()) {
            builder.dataSet(DataSet.fromFile(Path.of(config.dataSet())));
        }
        if (!config.mappings().isEmpty()) {
            builder.mappings(Path.of(config.mappings()));
        }
        if (!config.clock().isEmpty()) {
            builder.clockStart(OffsetDateTime.parse(config.clock()).toInstant());
        }
    }
}
