package io.cxonebatch.adapters.cxone.internal.admin;

import java.util.List;

/** The body of {@code POST /skills} (cxone-admin-api.md §2.1): a batch, of which this client sends one item. */
record CreateSkillsRequest(List<Item> skills) {

    CreateSkillsRequest {
        skills = List.copyOf(skills);
    }

    /** An outbound phone skill: media type 4, the only strategy either source shows, and its reporting campaign. */
    record Item(String skillName, int mediaTypeId, boolean isOutbound, String outboundStrategy, int campaignId) {

        static final int PHONE = 4;
        static final String PERSONAL_CONNECTION = "Personal Connection";

        static Item outbound(String skillName, int campaignId) {
            return new Item(skillName, PHONE, true, PERSONAL_CONNECTION, campaignId);
        }
    }
}
