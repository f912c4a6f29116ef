package io.cxonebatch.domain.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects the violations of one item so that all of them are reported at once. Not thread-safe: use one per
 * item being checked.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public Violations add(String code, String field, String message) {
        found.add(new Violation(code, field, message));
        return this;
    }

    public Violations add(Violation violation) {
        found.add(violation);
        return this;
    }

    public Violations addAll(Collection<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    /** Adds the violations of {@code result} if it is invalid; returns its value, or null when invalid. */
    public <T> @Nullable T take(Validated<T> result) {
        if (result instanceof Validated.Valid<T> valid) {
            return valid.value();
        }
        found.addAll(result.violations());
        return null;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    public List<Violation> toList() {
        return List.copyOf(found);
    }

    /**
     * Valid with the supplied value when nothing was found, invalid with everything found otherwise. The supplier
     * runs only when there are no violations, so it may rely on every parsed part being present.
     */
    public <T> Validated<T> toValidated(Supplier<T> valueWhenClean) {
        return found.isEmpty() ? Validated.valid(valueWhenClean.get()) : Validated.invalid(found);
    }
}
