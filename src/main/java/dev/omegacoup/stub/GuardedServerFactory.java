package dev.omegacoup.stub;

import com.github.tomakehurst.wiremock.common.HttpsSettings;
import com.github.tomakehurst.wiremock.common.JettySettings;
import com.github.tomakehurst.wiremock.core.Options;
import com.github.tomakehurst.wiremock.http.AdminRequestHandler;
import com.github.tomakehurst.wiremock.http.HttpServer;
import com.github.tomakehurst.wiremock.http.HttpServerFactory;
import com.github.tomakehurst.wiremock.http.StubRequestHandler;
import com.github.tomakehurst.wiremock.jetty11.Jetty11HttpServer;
import com.github.tomakehurst.wiremock.jetty11.Jetty11Utils;
import jakarta.servlet.DispatcherType;
import java.util.EnumSet;
import org.eclipse.jetty.io.NetworkTrafficListener;
import org.eclipse.jetty.server.ConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;

/**
 * WireMock's Jetty 11 server with the stub's guards in front of everything WireMock does:
 * {@link RequestGuard} on the service, {@link AdminGuard} on the admin API, short
 * error pages, and an idle time-out on every connector.
 */
final class GuardedServerFactory implements HttpServerFactory {

    /**
     * Jetty's constructor calls the overridden hooks before a subclass's fields exist,
     * so the factory's settings reach them through this thread-local, set around
     * construction.
     */
    private static final ThreadLocal<GuardedServerFactory> BUILDING = new ThreadLocal<>();

    private final StubLimits limits;
    private final FastPath fastPath;

    GuardedServerFactory(StubLimits limits, FastPath fastPath) {
        this.limits = limits;
        this.fastPath = fastPath;
    }

    @Override
    public String getName() {
        return "omega-guarded-jetty";
    }

    @Override
    public HttpServer buildHttpServer(Options options, AdminRequestHandler admin,
            StubRequestHandler stub) {
        BUILDING.set(this);
        try {
            return new GuardedJettyServer(options, admin, stub);
        } finally {
            BUILDING.remove();
        }
    }

    private static final class GuardedJettyServer extends Jetty11HttpServer {

        GuardedJettyServer(Options options, AdminRequestHandler admin, StubRequestHandler stub) {
            super(options, admin, stub);
        }

        @Override
        protected void applyAdditionalServerConfiguration(Server server, Options options) {
            super.applyAdditionalServerConfiguration(server, options);
            server.setErrorHandler(new ShortErrorHandler());
        }

        @Override
        protected ServerConnector createHttpConnector(String bindAddress, int port,
                JettySettings settings, NetworkTrafficListener listener) {
            return plain(super.createHttpConnector(bindAddress, port, settings, listener),
                    settings);
        }

        @Override
        protected ServerConnector createHttpsConnector(String bindAddress, HttpsSettings https,
                JettySettings settings, NetworkTrafficListener listener) {
            return plain(super.createHttpsConnector(bindAddress, https, settings, listener),
                    settings);
        }

        @Override
        protected void decorateMockServiceContextBeforeConfig(ServletContextHandler context) {
            super.decorateMockServiceContextBeforeConfig(context);
            context.setErrorHandler(new ShortErrorHandler());
            GuardedServerFactory factory = BUILDING.get();
            context.addFilter(new FilterHolder(new RequestGuard(factory.limits,
                    factory.fastPath)), "/*",
                    EnumSet.of(DispatcherType.REQUEST));
        }

        @Override
        protected void decorateAdminServiceContextBeforeConfig(ServletContextHandler context) {
            super.decorateAdminServiceContextBeforeConfig(context);
            context.setErrorHandler(new ShortErrorHandler());
            context.addFilter(new FilterHolder(new AdminGuard(BUILDING.get().limits)), "/*",
                    EnumSet.of(DispatcherType.REQUEST));
        }

        /**
         * WireMock's connector with the same protocols, host, port and settings, but a
         * plain one: WireMock's traffic-listening connector writes each buffer with its own
         * system call, so every answer left in two TCP segments (headers, then body). The
         * stub has no traffic listener to notify.
         *
         * <p>Jetty's own minimum data rate is not used: it counts from the first byte to the
         * read, so a small body read late under load looks slow. {@link RequestGuard}
         * measures the sender instead; the idle time-out covers silent connections.
         */
        private static ServerConnector plain(ServerConnector wireMocks, JettySettings settings) {
            ServerConnector connector = new ServerConnector(wireMocks.getServer(), null, null,
                    null, wireMocks.getAcceptors(),
                    wireMocks.getSelectorManager().getSelectorCount(),
                    wireMocks.getConnectionFactories().toArray(ConnectionFactory[]::new));
            connector.setHost(wireMocks.getHost());
            connector.setPort(wireMocks.getPort());
            Jetty11Utils.setJettySettings(settings, connector);
            connector.setIdleTimeout(BUILDING.get().limits.idleTimeoutMillis());
            return connector;
        }
    }
}
