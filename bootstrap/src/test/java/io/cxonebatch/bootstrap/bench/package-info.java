/** Benchmarks of whole jobs, run by hand as a child process against an in-process sandbox, not as tests. */
@NullMarked
package io.cxonebatch.bootstrap.bench;

import org.jspecify.annotations.NullMarked;
