package dev.omegacoup.stub;

import dev.omegacoup.junit.OmegaStubExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The set-up of the tests that talk to the stub over HTTP: one stub per test class, its
 * clock on a Monday morning, its state reset before each test.
 */
abstract class StubOverHttp {

    @RegisterExtension
    static final OmegaStubExtension OMEGA =
            OmegaStubExtension.with(builder -> builder.clockStart(SoapOverHttp.MONDAY_MORNING));

    static OmegaStub stub;
    static SoapOverHttp soap;

    @BeforeAll
    static void connect() {
        stub = OMEGA.stub();
        soap = new SoapOverHttp(stub);
    }

    @BeforeEach
    void forget() {
        stub.omega().reset();
    }
}
