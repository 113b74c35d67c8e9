package dev.omegacoup.certification;

import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import java.util.function.Supplier;

/**
 * {@code GET /__admin/omega/certification} (JSON) and {@code …/certification.html}: the
 * verdict on every client from what the stub recorded; {@code DELETE …/certification}
 * forgets the recording in memory (the recording file is kept).
 */
final class CertificationRoutes implements AdminApiExtension {

    private final Supplier<CertificationReport> report;
    private final Runnable forget;

    CertificationRoutes(Supplier<CertificationReport> report, Runnable forget) {
        this.report = report;
        this.forget = forget;
    }

    @Override
    public String getName() {
        return "omega-certification";
    }

    /** One lambda per route: WireMock keys a route's path template on its task's class. */
    @Override
    public void contributeAdminApiRoutes(Router router) {
        router.add(RequestMethod.GET, "/omega/certification", (admin, event, params) ->
                respond("application/json", ReportJson.write(report.get())));
        router.add(RequestMethod.GET, "/omega/certification.html", (admin, event, params) ->
                respond("text/html; charset=utf-8", ReportHtml.write(report.get())));
        router.add(RequestMethod.DELETE, "/omega/certification", (admin, event, params) -> {
            forget.run();
            return respond("application/json", "{\"forgotten\": true}");
        });
    }

    private static ResponseDefinition respond(String contentType, String body) {
        return ResponseDefinitionBuilder.responseDefinition()
                .withStatus(200)
                .withHeaders(new HttpHeaders(new HttpHeader("Content-Type", contentType)))
                .withBody(body)
                .build();
    }
}
