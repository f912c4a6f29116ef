package io.cxonebatch.application.suppression.service;

import io.cxonebatch.application.suppression.port.in.DncFile;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * How old a do-not-call copy may be. Federal rules require a copy of the national registry no more than 31 days
 * old; a file older than {@code maxAgeDays}, or dated after today, is refused before anything is matched.
 */
public record SourceAge(long maxAgeDays, String setting) {

    public SourceAge {
        if (maxAgeDays < 0) {
            throw new IllegalArgumentException(setting + " cannot be negative, was " + maxAgeDays + " days");
        }
    }

    Optional<String> refusal(DncFile file, LocalDate today) {
        long days = ChronoUnit.DAYS.between(file.asOf(), today);
        if (days < 0) {
            return Optional.of("the do-not-call file " + file.name() + " is dated " + file.asOf() + ", after today (" + today
                    + "): check dncAsOf");
        }
        if (days > maxAgeDays) {
            return Optional.of("the do-not-call file " + file.name() + " is a copy as of " + file.asOf() + ", " + days
                    + " days old; a copy may be at most " + maxAgeDays + " days old (" + setting + "): download a fresh one");
        }
        return Optional.empty();
    }
}
