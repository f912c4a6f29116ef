/** Running jobs: launching, restarting after a crash, run ownership and the outcome a command reports. One sub-package per job. */
@NullMarked
package io.cxonebatch.bootstrap.batch;

import org.jspecify.annotations.NullMarked;
