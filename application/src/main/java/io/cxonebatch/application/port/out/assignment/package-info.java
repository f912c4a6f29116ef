/** The agent dispatches this project made, which the contract gives no way to read back from CXone. */
@NullMarked
package io.cxonebatch.application.port.out.assignment;

import org.jspecify.annotations.NullMarked;
