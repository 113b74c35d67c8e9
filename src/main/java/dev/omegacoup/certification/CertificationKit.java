package dev.omegacoup.certification;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import dev.omegacoup.stub.TrafficListener;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the stub plugs in to certify its clients: the recorder (a traffic listener), the
 * look-up filter and the report routes (WireMock extensions). With a recording
 * directory, what it already holds is loaded first and every exchange is appended.
 */
public final class CertificationKit {

    private final TrafficRecording recording;
    private final Certifier certifier = Certifier.standard();
    private final Recorder recorder;
    private volatile Supplier<List<StubMapping>> mappings = List::of;

    private CertificationKit(TrafficRecording recording, RecordingFile file) {
        this.recording = recording;
        this.recorder = new Recorder(recording, new AnswerDelays(() -> mappings.get()), file);
    }

    /** @param directory where to keep the recording, or null to keep it in memory only */
    public static CertificationKit create(Path directory, int perClient, int total) {
        TrafficRecording recording = new TrafficRecording(perClient, total);
        RecordingFile file = directory == null ? null : RecordingFile.in(directory);
        if (file != null) {
            file.loadInto(recording);
        }
        return new CertificationKit(recording, file);
    }

    public List<Extension> extensions() {
        return List.of(new CertificationRoutes(this::report, recording::clear),
                new LookupFilter(recorder::lookedUp));
    }

    /** The listener to register on the endpoint; it reads answer delays from the mappings. */
    public TrafficListener listener(Supplier<List<StubMapping>> mappings) {
        this.mappings = mappings;
        return recorder;
    }

    public CertificationReport report() {
        return certifier.certify(recording);
    }

    public TrafficRecording recording() {
        return recording;
    }
}
