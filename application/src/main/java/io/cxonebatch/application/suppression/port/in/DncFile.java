package io.cxonebatch.application.suppression.port.in;

import java.time.LocalDate;

/**
 * A local do-not-call file named for a run.
 *
 * @param name how the run names it (its path as given); the source of its rows when they name none
 * @param asOf the date of the copy, as the operator states it ({@code dncAsOf})
 */
public record DncFile(String name, LocalDate asOf) {
}
