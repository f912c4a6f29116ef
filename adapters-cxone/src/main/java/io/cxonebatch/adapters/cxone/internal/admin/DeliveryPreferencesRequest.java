package io.cxonebatch.adapters.cxone.internal.admin;

import tools.jackson.databind.node.ObjectNode;

/** The body of the delivery-preferences PUT: the whole block, wrapped in a key named after it (cxone-admin-api.md §3.6). */
record DeliveryPreferencesRequest(ObjectNode deliveryPreferences) {
}
