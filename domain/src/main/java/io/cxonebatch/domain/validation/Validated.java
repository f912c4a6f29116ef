package io.cxonebatch.domain.validation;

import java.util.List;
import java.util.function.Function;

/**
 * The outcome of checking an input against the rules: either the checked value, or every violation found.
 * A rule saying "no" is a normal outcome, so it is returned, never thrown.
 *
 * @param <T> the type of the checked value
 */
public sealed interface Validated<T> permits Validated.Valid, Validated.Invalid {

    /** The input passed every rule. */
    record Valid<T>(T value) implements Validated<T> {

        public Valid {
            if (value == null) {
                throw new IllegalArgumentException("a valid result needs a value");
            }
        }
    }

    /** The input broke at least one rule; {@code violations} lists all of them, in the order found. */
    record Invalid<T>(List<Violation> violations) implements Validated<T> {

        public Invalid {
            violations = List.copyOf(violations);
            if (violations.isEmpty()) {
                throw new IllegalArgumentException("an invalid result needs at least one violation");
            }
        }
    }

    static <T> Validated<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Validated<T> invalid(List<Violation> violations) {
        return new Invalid<>(violations);
    }

    static <T> Validated<T> invalid(Violation violation) {
        return new Invalid<>(List.of(violation));
    }

    default boolean isValid() {
        return this instanceof Valid;
    }

    /** The violations found; empty when valid. */
    default List<Violation> violations() {
        return this instanceof Invalid<T> invalid ? invalid.violations() : List.of();
    }

    /** Transforms the value when valid; passes the violations on otherwise. */
    default <R> Validated<R> map(Function<? super T, ? extends R> mapper) {
        if (this instanceof Valid<T> valid) {
            return new Valid<>(mapper.apply(valid.value()));
        }
        return new Invalid<>(violations());
    }

    /** Chains a further check that runs only on a valid value. */
    default <R> Validated<R> flatMap(Function<? super T, Validated<R>> next) {
        if (this instanceof Valid<T> valid) {
            return next.apply(valid.value());
        }
        return new Invalid<>(violations());
    }

    /**
     * The value, for callers whose input must already be valid.
     *
     * @throws ValidationFailedException listing every violation when invalid
     */
    default T valueOrThrow() {
        if (this instanceof Valid<T> valid) {
            return valid.value();
        }
        throw new ValidationFailedException(violations());
    }
}
