/**
 * The campaign-provisioning job's Spring Batch side: its parameters, its configuration and one thin tasklet per
 * step, each handing the run's rows to a use case of {@code application.provisioning}, where every rule of the job
 * lives. Rows are staged in the database ({@code staged_item}, shown as {@code plan_row}) so that a restart resumes
 * where the last run stopped and a re-run changes nothing that is already in place.
 */
@NullMarked
package io.cxonebatch.bootstrap.batch.provisioning;

import org.jspecify.annotations.NullMarked;
