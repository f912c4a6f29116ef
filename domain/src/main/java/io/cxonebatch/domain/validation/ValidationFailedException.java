package io.cxonebatch.domain.validation;

import java.util.List;

/** Thrown when a caller insists on a value that failed its rules; the message lists every violation. */
public class ValidationFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public ValidationFailedException(List<Violation> violations) {
        super("validation failed: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
