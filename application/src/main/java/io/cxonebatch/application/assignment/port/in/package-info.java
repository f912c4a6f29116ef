/** The use cases of agent-assignment, one per step. */
@NullMarked
package io.cxonebatch.application.assignment.port.in;

import org.jspecify.annotations.NullMarked;
