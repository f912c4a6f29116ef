package io.cxonebatch.adapters.cxone.internal;

import java.util.List;

/** Body of {@code POST /api/v2/analytics/campaigns/details/query}; dates are UTC instants ({@code …Z}). */
record CampaignDetailsQueryRequest(DateRange dateRange, List<String> groupBy, List<Metric> metrics, String campaignId) {

    record DateRange(String startDate, String endDate) {
    }

    record Metric(String name, String type) {
    }
}
