package io.cxonebatch.domain.campaign;

import org.jspecify.annotations.Nullable;

/**
 * How a preview campaign presents contacts: the list it previews, the queue agents take it from and how many
 * agents are directed there.
 *
 * @param agentCount agents directed to the preview queue, at least 1
 */
public record PreviewSettings(String contactListId, @Nullable String queueId, int agentCount) {

    public PreviewSettings {
        if (contactListId == null || contactListId.isBlank()) {
            throw new IllegalArgumentException("preview settings need a contact list");
        }
        if (agentCount < 1) {
            throw new IllegalArgumentException("preview settings agent count " + agentCount + " must be at least 1");
        }
    }
}
