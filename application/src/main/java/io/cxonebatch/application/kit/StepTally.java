package io.cxonebatch.application.kit;

/**
 * What one step did to a run's rows, for the step's read and write counts.
 *
 * @param read rows the step looked at
 * @param written rows it staged or settled
 */
public record StepTally(long read, long written) {
}
