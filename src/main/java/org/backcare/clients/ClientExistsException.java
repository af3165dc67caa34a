package org.backcare.clients;

public class ClientExistsException extends RuntimeException {
    public ClientExistsException(ClientId id) {
        super("a client '" + id + "' is already on file");
    }
}
