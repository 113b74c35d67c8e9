package dev.omegacoup.stub;

import java.time.Instant;

/**
 * Told of every SOAP exchange the engine answers, fault or not: who called (the client
 * certificate's subject when there is one), what was sent and what was answered. The
 * certification kit records the traffic through it. The stub does not touch either array
 * once the call is made, so a listener may keep them without a copy.
 */
@FunctionalInterface
public interface TrafficListener {

    /**
     * @param certificateDn subject of the verified client certificate, or null over HTTP
     * @param soapAction    the SOAPAction header as sent, or null
     */
    void exchanged(Instant receivedAt, String certificateDn, String soapAction, byte[] request,
            int status, byte[] response);
}
