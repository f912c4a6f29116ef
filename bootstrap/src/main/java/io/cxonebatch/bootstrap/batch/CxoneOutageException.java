package io.cxonebatch.bootstrap.batch;

/** CXone stayed unreachable past the outage budget; the execution stops FAILED with its items still PENDING. */
public final class CxoneOutageException extends RuntimeException {

    public CxoneOutageException(String message) {
        super(message);
    }
}
