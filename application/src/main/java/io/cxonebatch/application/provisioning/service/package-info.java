/** The use cases' implementations. */
@NullMarked
package io.cxonebatch.application.service;

import org.jspecify.annotations.NullMarked;
