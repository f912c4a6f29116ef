package io.cxonebatch.adapters.cxone.internal.admin;

import java.util.Map;

/** The body of the schedule-settings PUT, wrapped like every parameter block (cxone-admin-api.md §3.4). */
record ScheduleSettingsRequest(Map<String, Object> scheduleSettings) {
}
