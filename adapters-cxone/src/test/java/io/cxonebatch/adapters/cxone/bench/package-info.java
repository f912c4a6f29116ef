/** Throughput benchmarks of the CXone client against the in-process sandbox, run by hand, not as tests. */
@NullMarked
package io.cxonebatch.adapters.cxone.bench;

import org.jspecify.annotations.NullMarked;
