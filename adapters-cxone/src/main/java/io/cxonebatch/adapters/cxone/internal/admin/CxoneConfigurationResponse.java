package io.cxonebatch.adapters.cxone.internal.admin;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The one field of {@code cxone-configuration} this client uses: the tenant's regional API host. */
record CxoneConfigurationResponse(@JsonProperty("api_endpoint") @Nullable String apiEndpoint) {
}
