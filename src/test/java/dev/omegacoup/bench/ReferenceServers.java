package dev.omegacoup.bench;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingXPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.AbstractHandler;

/**
 * The load script's references, on loopback: WireMock answering a fixed response from one
 * XPath-matched mapping (journal off, or its default configuration), and a bare Jetty
 * handler writing fixed bytes. Not a test.
 *
 * <pre>java -cp … dev.omegacoup.bench.ReferenceServers wiremock|wiremock-defaults|jetty PORT
 *     RESPONSE_FILE</pre>
 */
public final class ReferenceServers {

    private ReferenceServers() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        byte[] response = Files.readAllBytes(Path.of(args[2]));
        if (args[0].startsWith("wiremock")) {
            wireMock(port, response, args[0].equals("wiremock-defaults"));
        } else {
            jetty(port, response);
        }
        System.out.println("reference " + args[0] + " listening on 127.0.0.1:" + port);
    }

    /** WireMock with one XPath-matched mapping, as tuned for speed or as it comes. */
    private static void wireMock(int port, byte[] response, boolean defaults) {
        WireMockConfiguration options = WireMockConfiguration.options()
                .bindAddress("127.0.0.1").port(port);
        if (!defaults) {
            options.jettyAcceptors(1).stubRequestLoggingDisabled(true).disableRequestJournal();
        }
        WireMockServer server = new WireMockServer(options);
        server.start();
        server.stubFor(post(urlPathEqualTo("/ws/CreerDemandeCOUP"))
                .withRequestBody(matchingXPath("//*[local-name()='RequeteWSCreerDemandeCOUP']"))
                .willReturn(aResponse().withHeader("Content-Type", "text/xml; charset=utf-8")
                        .withBody(response)));
    }

    private static void jetty(int port, byte[] response) throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        server.addConnector(connector);
        server.setHandler(new AbstractHandler() {
            @Override
            public void handle(String target, Request base, HttpServletRequest request,
                    HttpServletResponse out) throws IOException {
                request.getInputStream().readAllBytes();
                out.setContentType("text/xml; charset=utf-8");
                out.setContentLength(response.length);
                out.getOutputStream().write(response);
                base.setHandled(true);
            }
        });
        server.start();
    }
}
