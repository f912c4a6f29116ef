package io.cxonebatch.sandbox;

import static io.cxonebatch.sandbox.AdminClient.V30;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The delivery-preferences block of an outbound skill (§3.6): written wrapped, read flat, replaced whole. */
class AdminDeliveryPreferencesIT {

    private static final String[] BUTTONS = {"showPreviewButtonReschedule", "showPreviewButtonRequeue", "showPreviewButtonSnooze",
        "showPreviewButtonDisposition"};

    private static CxoneSandbox sandbox;
    private static AdminClient client;

    @BeforeAll
    static void start() {
        sandbox = CxoneSandbox.builder().skillListingDelay(Duration.ZERO).start();
        client = AdminClient.connect(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void aWrappedPutIsReadBackFlatAndAFlatPutIsRefused() throws InterruptedException {
        int id = client.createOutboundSkill("Previewed");
        String path = path(id);

        Reply flat = client.put(path, "{\"showPreviewButtonSnooze\":true}");
        Reply wrapped = client.put(path, "{\"deliveryPreferences\":{\"showPreviewButtonSnooze\":true,"
                + "\"confirmationRequiredDeliveryType\":2,\"confirmationRequiredTimeout\":30}}");

        assertThat(flat.status()).isEqualTo(400);
        assertThat(flat.text("error")).isEqualTo("InvalidParameter");
        assertThat(wrapped.status()).isEqualTo(200);
        assertThat(wrapped.json().isMissingNode()).as("no body").isTrue();
        JsonNode read = client.get(path).json();
        assertThat(read.has("deliveryPreferences")).isFalse();
        assertThat(read.properties()).hasSize(19);
        assertThat(read.path("showPreviewButtonSnooze").asBoolean()).isTrue();
        assertThat(read.path("confirmationRequiredDeliveryType").asInt()).isEqualTo(2);
        assertThat(read.path("confirmationRequiredTimeout").asInt()).isEqualTo(30);
        assertThat(client.get(V30 + "/skills/" + id + "/parameters").json().path("deliveryPreferences")).isEqualTo(read);
        assertThat(sandbox.adminInspect().skill("Previewed").orElseThrow().deliveryPreferences())
                .containsEntry("showPreviewButtonSnooze", true).containsEntry("confirmationRequiredTimeout", 30);
    }

    @Test
    void aNewSkillShowsNoButtonAndRequiresNothing() throws InterruptedException {
        JsonNode read = client.get(path(client.createOutboundSkill("Fresh"))).json();

        for (String button : BUTTONS) {
            assertThat(read.path(button).asBoolean()).as(button).isFalse();
        }
        assertThat(read.path("complianceRecordsTimeoutSubsequent").asInt()).isZero();
    }

    @Test
    void aPutReplacesTheWholeBlockSoFieldsLeftOutGoBackToTheirDefaults() throws InterruptedException {
        String path = path(client.createOutboundSkill("Replaced"));
        StringBuilder all = new StringBuilder("{\"deliveryPreferences\":{\"complianceRecordsTimeout\":45");
        for (String button : BUTTONS) {
            all.append(",\"").append(button).append("\":true");
        }
        client.put(path, all.append("}}").toString());

        assertThat(client.put(path, "{\"deliveryPreferences\":{\"showPreviewButtonRequeue\":true}}").status()).isEqualTo(200);

        JsonNode read = client.get(path).json();
        assertThat(read.path("showPreviewButtonRequeue").asBoolean()).isTrue();
        assertThat(read.path("showPreviewButtonDisposition").asBoolean()).isFalse();
        assertThat(read.path("complianceRecordsTimeout").asInt()).isZero();
    }

    @Test
    void unknownFieldsWrongTypesDecimalsAndNegativeNumbersAreRefusedAndChangeNothing() throws InterruptedException {
        String path = path(client.createOutboundSkill("Checked"));
        client.put(path, "{\"deliveryPreferences\":{\"showPreviewButtonSnooze\":true}}");

        for (String bad : new String[] {"{\"showPreviewButtons\":true}", "{\"previewTimeout\":10}", "{\"showPreviewButtonSnooze\":\"true\"}",
            "{\"showPreviewButtonSnooze\":1}", "{\"confirmationRequiredTimeout\":\"30\"}", "{\"confirmationRequiredTimeout\":1.5}",
            "{\"complianceRecordsDeliveryType\":-1}", "{\"complianceRecordsDeliveryType\":true}", "{\"confirmationRequiredDefault\":null}"}) {
            Reply refused = client.put(path, "{\"deliveryPreferences\":" + bad + "}");
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.text("error")).as(bad).isEqualTo("InvalidParameter");
            assertThat(refused.text("errorDescription")).as(bad).isNotBlank();
        }
        assertThat(client.put(path, "{\"deliveryPreferences\":[]}").status()).isEqualTo(400);
        assertThat(client.get(path).json().path("showPreviewButtonSnooze").asBoolean()).isTrue();
    }

    @Test
    void withoutAcceptTheBlockIsNeitherReadNorWritten() throws InterruptedException {
        int id = client.createOutboundSkill("Unaccepted");
        String relative = "/skills/" + id + "/parameters/delivery-preferences";

        Reply read = client.getWithoutAccept(relative);
        Reply written = client.putWithoutAccept(relative, "{\"deliveryPreferences\":{\"showPreviewButtonSnooze\":true}}");

        assertThat(read.status()).isEqualTo(406);
        assertThat(written.status()).isEqualTo(406);
        assertThat(written.json().asString()).isEqualTo("No known way to render data");
        assertThat(sandbox.adminInspect().skill("Unaccepted").orElseThrow().deliveryPreferences())
                .containsEntry("showPreviewButtonSnooze", false);
    }

    @Test
    void onlyPersonalConnectionSkillsHaveTheBlock() throws InterruptedException {
        int inbound = client.createSkill("Inbound mail", "{\"skillName\":\"Inbound mail\",\"mediaTypeId\":1,\"isOutbound\":false,"
                + "\"campaignId\":101}");
        String body = "{\"deliveryPreferences\":{\"showPreviewButtonSnooze\":true}}";

        assertThat(client.get(path(inbound)).status()).isEqualTo(400);
        assertThat(client.put(path(inbound), body).status()).isEqualTo(400);
        assertThat(client.get(path(99_999_999)).status()).isEqualTo(404);
        assertThat(client.put(path(99_999_999), body).status()).isEqualTo(404);
    }

    private static String path(int skillId) {
        return V30 + "/skills/" + skillId + "/parameters/delivery-preferences";
    }
}
