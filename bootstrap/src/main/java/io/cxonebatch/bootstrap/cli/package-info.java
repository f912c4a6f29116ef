/** The command line: one-shot job runs and operations, parsed by picocli before Spring starts. */
@NullMarked
package io.cxonebatch.bootstrap.cli;

import org.jspecify.annotations.NullMarked;
