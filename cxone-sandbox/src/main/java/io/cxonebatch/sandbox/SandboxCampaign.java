package io.cxonebatch.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as the sandbox holds it, at the moment of inspection.
 *
 * @param type PREDICTIVE, PROGRESSIVE or PREVIEW
 * @param status DRAFT, SCHEDULED, ACTIVATING, ACTIVE or FAILED
 * @param targetListId the list of its latest dialer rule, null without one
 * @param createdWith the JSON body it was created with, as plain maps, lists and values
 * @param outboundSettings the fields set through {@code PUT /api/v2/outbound/campaigns/{id}}, empty before any
 */
public record SandboxCampaign(
        String id,
        String name,
        String type,
        String status,
        long version,
        @Nullable String targetListId,
        Map<String, Object> createdWith,
        Map<String, Object> outboundSettings) {

    public SandboxCampaign {
        if (id == null || name == null || type == null || status == null) {
            throw new IllegalArgumentException("a campaign needs an id, a name, a type and a status");
        }
        // JSON null is a legal value here, which Map.copyOf would refuse.
        createdWith = Collections.unmodifiableMap(new LinkedHashMap<>(createdWith));
        outboundSettings = Collections.unmodifiableMap(new LinkedHashMap<>(outboundSettings));
    }
}
