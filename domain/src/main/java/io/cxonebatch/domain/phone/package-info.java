/** Phone numbers in E.164 form and their normalisation from what people type. */
@NullMarked
package io.cxonebatch.domain.phone;

import org.jspecify.annotations.NullMarked;
