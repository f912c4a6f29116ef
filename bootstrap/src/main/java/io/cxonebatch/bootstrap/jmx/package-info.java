/** JMX operations to list, launch, stop and restart jobs while {@code serve} runs. */
@NullMarked
package io.cxonebatch.bootstrap.jmx;

import org.jspecify.annotations.NullMarked;
