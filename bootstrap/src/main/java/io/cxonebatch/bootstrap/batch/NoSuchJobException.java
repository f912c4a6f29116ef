package io.cxonebatch.bootstrap.batch;

import java.util.List;

/** A job name that this application does not have. */
public class NoSuchJobException extends IllegalArgumentException {

    public NoSuchJobException(String jobName, List<String> known) {
        super("Unknown job '" + jobName + "': expected one of " + (known.isEmpty() ? "(none)" : String.join(", ", known)));
    }
}
