package dev.omegacoup.stub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** With credentials set, the admin API answers only callers that give them. */
class AdminCredentialsTest {

    @Test
    void adminApiWantsTheCredentialsWhenSet() throws Exception {
        try (OmegaStub stub = OmegaStub.builder().port(0).adminCredentials("ops", "s3cret")
                .build().start()) {
            HttpResponse<String> anonymous = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(stub.baseUrl()
                            + "/__admin/omega/requests")).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(401, anonymous.statusCode());
            assertThrows(IllegalStateException.class,
                    () -> new OmegaAdminClient(stub.baseUrl(), "ops", "wrong").requests());
            assertTrue(new OmegaAdminClient(stub.baseUrl(), "ops", "s3cret").requests()
                    .isArray());
        }
    }
}
