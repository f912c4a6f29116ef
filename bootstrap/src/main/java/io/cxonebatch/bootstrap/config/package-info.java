/** Spring configuration: properties, data source, Spring Batch, and the adapters as beans. */
@NullMarked
package io.cxonebatch.bootstrap.config;

import org.jspecify.annotations.NullMarked;
