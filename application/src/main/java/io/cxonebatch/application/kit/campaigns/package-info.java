/** The kit's reading of a campaign named in an input file, on the registry's ports. */
@NullMarked
package io.cxonebatch.application.kit.campaigns;

import org.jspecify.annotations.NullMarked;
