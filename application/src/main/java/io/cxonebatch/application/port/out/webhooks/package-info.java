/** The webhooks this project registered in CXone, which the contract gives no way to list. */
@NullMarked
package io.cxonebatch.application.port.out.webhooks;

import org.jspecify.annotations.NullMarked;
