/** What the use cases need from CXone, in the domain's words; adapters implement these ports. */
@NullMarked
package io.cxonebatch.application.port.out.cxone;

import org.jspecify.annotations.NullMarked;
