/** The rules of agent-assignment, plain Java on the outgoing ports, tested without Spring. */
@NullMarked
package io.cxonebatch.application.assignment.service;

import org.jspecify.annotations.NullMarked;
