package org.backcare.clients;

public class UnknownClientException extends RuntimeException {
    public UnknownClientException(ClientId id) {
        super("no client '" + id + "' on file");
    }
}
