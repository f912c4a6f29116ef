/** The use cases of adherence-report, one per step. */
@NullMarked
package io.cxonebatch.application.adherence.port.in;

import org.jspecify.annotations.NullMarked;
