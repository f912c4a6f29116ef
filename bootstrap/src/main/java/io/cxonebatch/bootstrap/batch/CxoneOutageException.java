package io.cxonebatch.bootstrap.batch.provisioning;

/** CXone stayed unreachable past the outage budget; the execution stops FAILED with its rows still PENDING. */
final class CxoneOutageException extends RuntimeException {

    CxoneOutageException(String message) {
        super(message);
    }
}
