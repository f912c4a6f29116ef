/**
 * The campaign-provisioning job: validate a campaign plan, check its schedules for conflicts, provision each row
 * in CXone idempotently, and report. Rows are staged in the database ({@code plan_row}) so that a restart
 * resumes where the last run stopped and a re-run changes nothing that is already in place.
 */
@NullMarked
package io.cxonebatch.bootstrap.batch.provisioning;

import org.jspecify.annotations.NullMarked;
