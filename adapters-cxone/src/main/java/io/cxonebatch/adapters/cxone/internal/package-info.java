/** Feign clients, JSON shapes, token handling, Resilience4j policies and mapping behind {@code CxoneAdapter}. */
@NullMarked
package io.cxonebatch.adapters.cxone.internal;

import org.jspecify.annotations.NullMarked;
