/**
 * The items a job run works through (plan rows, roster lines, pacing changes), staged in the database: what was
 * read, whether it was rejected and why, and what became of it. Restarts resume from here instead of from the file.
 */
@NullMarked
package io.cxonebatch.application.port.out.staging;

import org.jspecify.annotations.NullMarked;
