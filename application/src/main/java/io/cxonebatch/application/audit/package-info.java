/** The compliance audit's own tools: keyed anchors that prove the hash chain was neither cut short nor re-hashed. */
@NullMarked
package io.cxonebatch.application.audit;

import org.jspecify.annotations.NullMarked;
