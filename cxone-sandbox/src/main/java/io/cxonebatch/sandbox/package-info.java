/** A stateful simulator of the CXone contract with fault injection: start it, point a client at it, inspect what happened. */
@NullMarked
package io.cxonebatch.sandbox;

import org.jspecify.annotations.NullMarked;
