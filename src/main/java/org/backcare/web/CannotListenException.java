package org.backcare.web;

/** The server cannot take the address it was given: the port is taken, or the host is not this machine's. */
public final class CannotListenException extends RuntimeException {
    CannotListenException(String message, Throwable cause) {
        super(message, cause);
    }
}
