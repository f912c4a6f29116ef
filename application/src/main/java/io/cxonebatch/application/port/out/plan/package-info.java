/**
 * The rows of a plan a job is working through, staged in the database: what was read, whether it was rejected
 * and why, and what became of it. Restarts resume from here instead of from the file.
 */
@NullMarked
package io.cxonebatch.application.port.out.plan;

import org.jspecify.annotations.NullMarked;
