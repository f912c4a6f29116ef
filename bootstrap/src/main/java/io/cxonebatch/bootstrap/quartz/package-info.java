/** Quartz schedules for {@code serve}: clustered on the JDBC job store, each trigger starts a batch job once across nodes. */
@NullMarked
package io.cxonebatch.bootstrap.quartz;

import org.jspecify.annotations.NullMarked;
