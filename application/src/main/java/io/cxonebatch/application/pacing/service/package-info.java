/** The rules of dialer-parameter-update, plain Java on the outgoing ports, tested without Spring. */
@NullMarked
package io.cxonebatch.application.pacing.service;

import org.jspecify.annotations.NullMarked;
