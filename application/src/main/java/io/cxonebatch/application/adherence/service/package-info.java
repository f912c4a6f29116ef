/** The rules of adherence-report, plain Java on the outgoing ports, tested without Spring. */
@NullMarked
package io.cxonebatch.application.adherence.service;

import org.jspecify.annotations.NullMarked;
