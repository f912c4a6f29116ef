/**
 * What every job is made of, whatever it does: the status of an item and the counts of a run, the typed result a
 * job ends with, resumable pages, and the audited call. A job's own rules live in its package next to this one
 * ({@code application.provisioning}, …); see docs/adding-a-job.md.
 */
@NullMarked
package io.cxonebatch.application.kit;

import org.jspecify.annotations.NullMarked;
