/** The rules of the suppression cross-reference, as plain Java on the outgoing ports; each is tested without Spring. */
@NullMarked
package io.cxonebatch.application.suppression.service;

import org.jspecify.annotations.NullMarked;
