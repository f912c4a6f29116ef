/** The CXone API client behind the application's CXone ports: settings, and the adapter bootstrap wires. */
@NullMarked
package io.cxonebatch.adapters.cxone;

import org.jspecify.annotations.NullMarked;
