package dev.omegacoup.conformance;

import dev.omegacoup.stub.OmegaStub;

/** The stub the suite starts in-process once per JVM, on a free loopback port. */
final class EmbeddedStub {

    private static OmegaStub stub;

    private EmbeddedStub() {
    }

    static synchronized OmegaStub get() {
        if (stub == null) {
            OmegaStub started = OmegaStub.builder().port(0).build().start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "omega-stub-stop"));
            stub = started;
        }
        return stub;
    }
}
