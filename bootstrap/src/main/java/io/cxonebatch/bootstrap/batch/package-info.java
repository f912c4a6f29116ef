/**
 * What every job shares in Spring Batch (the kit's bootstrap half): launching and restarting, run ownership, audit,
 * logging context and item metrics, the typed result a job records ({@link io.cxonebatch.bootstrap.batch.JobResults})
 * and the outcome a command reports, a resumable reader for any paged port, the concurrent step for items that call
 * CXone, report files and parameter parsing. One sub-package per job; see docs/adding-a-job.md.
 */
@NullMarked
package io.cxonebatch.bootstrap.batch;

import org.jspecify.annotations.NullMarked;
