package io.cxonebatch.adapters.cxone.internal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxonebatch.application.port.out.cxone.CxoneUnavailableException;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class PreviewDeliveryTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode read(String json) {
        return JSON.readTree(json);
    }

    @Test
    void writesBackOnlyTheDocumentedFieldsAsReadWithThePreviewButtonsShown() {
        ObjectNode sent = PreviewDelivery.applied(read("""
                {"complianceRecordsTimeout": 30, "showComplianceButtonSnooze": true, "showPreviewButtonRequeue": false,
                 "lastModified": "2026-12-01T10:00:00Z", "skillId": 24000001}"""));

        assertThat(sent.propertyNames()).containsExactlyInAnyOrder("complianceRecordsTimeout", "showComplianceButtonSnooze",
                "showPreviewButtonReschedule", "showPreviewButtonRequeue", "showPreviewButtonSnooze", "showPreviewButtonDisposition");
        assertThat(sent.get("complianceRecordsTimeout").asInt()).isEqualTo(30);
        assertThat(PreviewDelivery.BUTTONS).allSatisfy(button -> assertThat(sent.get(button).asBoolean()).isTrue());
    }

    @Test
    void readsABlockWrappedAsThePutBodyIsAndRefusesAnAnswerWithNoneOfTheFields() {
        ObjectNode sent = PreviewDelivery.applied(read("{\"deliveryPreferences\": {\"confirmationRequiredDisabled\": true}}"));

        assertThat(sent.get("confirmationRequiredDisabled").asBoolean()).isTrue();
        assertThatThrownBy(() -> PreviewDelivery.applied(read("{\"resultSet\": {\"skillId\": 1}}")))
                .isInstanceOf(CxoneUnavailableException.class).hasMessageContaining("none of the documented fields");
    }

    @Test
    void aSkillShowingAnyPreviewButtonCountsAsAPreviewWrappedOrNot() {
        assertThat(PreviewDelivery.configured(read("{\"showPreviewButtonSnooze\": true}"))).isTrue();
        assertThat(PreviewDelivery.configured(read("{\"deliveryPreferences\": {\"showPreviewButtonRequeue\": \"true\"}}"))).isTrue();
        assertThat(PreviewDelivery.configured(read("{\"showComplianceButtonSnooze\": true, \"showPreviewButtonDisposition\": false}")))
                .isFalse();
    }
}
