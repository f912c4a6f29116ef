/** The campaigns this project knows: what it created, their progress and their observed statuses. */
@NullMarked
package io.cxonebatch.application.port.out.campaigns;

import org.jspecify.annotations.NullMarked;
