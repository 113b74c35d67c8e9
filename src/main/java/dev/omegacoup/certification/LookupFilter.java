package dev.omegacoup.certification;

import com.github.tomakehurst.wiremock.extension.requestfilter.AdminRequestFilterV2;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notes each look-up in request tracking ({@code GET /__admin/omega/requests},
 * {@code …/requests?pce=…}, {@code …/requests/{NumeroDemande}}) and lets it through
 * unchanged: EV-5 asks a client to look its request up before creating it again.
 */
final class LookupFilter implements AdminRequestFilterV2 {

    private static final Pattern REQUESTS =
            Pattern.compile("/omega/requests(?:/([^/?]+))?/?(?:\\?(.*))?$");

    private final Consumer<Lookup> lookups;

    LookupFilter(Consumer<Lookup> lookups) {
        this.lookups = lookups;
    }

    @Override
    public String getName() {
        return "omega-certification-lookups";
    }

    @Override
    public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
        if (request.getMethod().equals(RequestMethod.GET)) {
            Matcher matcher = REQUESTS.matcher(request.getUrl());
            if (matcher.find()) {
                lookups.accept(new Lookup(Instant.now(), decode(matcher.group(1)),
                        pceOf(matcher.group(2))));
            }
        }
        return RequestFilterAction.continueWith(request);
    }

    private static String pceOf(String query) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            if (pair.startsWith("pce=")) {
                return decode(pair.substring(4));
            }
        }
        return null;
    }

    private static String decode(String value) {
        return value == null ? null : URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
