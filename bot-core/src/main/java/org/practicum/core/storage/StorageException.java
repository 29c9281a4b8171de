package org.practicum.core.storage;

/** The database could not do what was asked; the message says why, without session content. */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
