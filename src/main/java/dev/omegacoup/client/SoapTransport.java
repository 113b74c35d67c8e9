package dev.omegacoup.client;

/** Sends raw SOAP messages, so that the harness controls every byte it sends. */
public interface SoapTransport {

    Exchange send(String operation, byte[] envelope) throws TransportException;
}
