package org.backcare.storage;

import java.util.List;

/** The database could not do what was asked: a message for a person, and nothing half done. */
public class StorageException extends RuntimeException {
    private final transient List<String> details;

    public StorageException(String message) {
        this(message, List.of());
    }

    public StorageException(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    /** Each problem behind the message, when there are several (for example in an archive). */
    public List<String> details() {
        return details;
    }
}
