package io.cxonebatch.bootstrap.batch;

/** A job was asked to start while another execution of it is running. */
public class JobAlreadyRunningException extends IllegalStateException {

    public JobAlreadyRunningException(String message) {
        super(message);
    }
}
