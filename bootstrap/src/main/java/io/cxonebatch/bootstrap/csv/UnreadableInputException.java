package io.cxonebatch.bootstrap.csv;

/** The file cannot be read as the expected CSV at all: nothing of it may be used. The message says where and why. */
public class UnreadableInputException extends RuntimeException {

    public UnreadableInputException(String message) {
        super(message);
    }

    public UnreadableInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
