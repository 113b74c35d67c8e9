package dev.omegacoup.certification;

import dev.omegacoup.stub.TrafficListener;
import java.time.Instant;

/** The stub's traffic listener: every exchange goes to the recording and to its file. */
final class Recorder implements TrafficListener {

    private final TrafficRecording recording;
    private final AnswerDelays delays;
    private final RecordingFile file;

    Recorder(TrafficRecording recording, AnswerDelays delays, RecordingFile file) {
        this.recording = recording;
        this.delays = delays;
        this.file = file;
    }

    @Override
    public void exchanged(Instant receivedAt, String certificateDn, String soapAction,
            byte[] request, int status, byte[] response) {
        long delay = delays.delayMillis(request);
        RecordedExchange exchange = new RecordedExchange(recording.nextSeq(), receivedAt, delay,
                certificateDn, soapAction, request, status, response);
        recording.add(exchange);
        if (file != null) {
            file.append(exchange);
        }
    }

    void lookedUp(Lookup lookup) {
        recording.addLookup(lookup);
        if (file != null) {
            file.append(lookup);
        }
    }
}
