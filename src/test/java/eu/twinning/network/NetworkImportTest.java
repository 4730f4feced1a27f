package eu.twinning.network;

import static eu.twinning.network.ImportDocuments.export;
import static eu.twinning.network.ImportDocuments.createdIds;
import static eu.twinning.network.ImportDocuments.fields;
import static eu.twinning.network.ImportDocuments.importing;
import static eu.twinning.network.ImportDocuments.seen;
import static eu.twinning.network.NetworkImportV1Test.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * An import of formatVersion 2 passes every item through the validation of its write: a bad
 * document is refused whole, with every fault named by resource, index and field, and changes
 * nothing, not even the ids that new items will get.
 */
@QuarkusTest
@TestProfile(ImportDocuments.OwnData.class)
class NetworkImportTest {

    @Test
    void aCountryOfFourLettersIsRefused() {
        ObjectNode document = export();
        partner(document, 1).put("country", "RSRS");
        Map<String, String> before = seen();

        assertRefused(importing(document), "partners[1].country");
        assertThat(seen()).isEqualTo(before);
    }

    @Test
    void anUnknownEventTypeIsRefused() {
        ObjectNode document = export();
        eventOf(document, 0).put("type", "party");

        assertRefused(importing(document), "events[0].type");
    }

    @Test
    void aTextOverItsLengthIsNamedDownToItsLanguage() {
        ObjectNode document = export();
        ObjectNode item = (ObjectNode) eventOf(document, 0).get("programme").get(1).get("items").get(2);
        ((ObjectNode) item.get("title")).put("en", "ß".repeat(301));

        assertRefused(importing(document), "events[0].programme[1].items[2].title.en");
    }

    @Test
    void referencesToWhatTheDocumentLacksAreRefusedEachByName() {
        ObjectNode document = export();
        ObjectNode delegate = (ObjectNode) eventOf(document, 0).get("delegations").get(0).get("partners").get(0);
        delegate.put("slug", "atlantis");
        ((ObjectNode) document.get("memoranda").get(0).get("signatories").get(1)).put("slug", "atlantis");
        ((ObjectNode) document.get("goodPractices").get(0).get("partner")).put("slug", "atlantis");
        ((ObjectNode) document.get("goodPractices").get(1).get("event")).put("id", 404);
        Map<String, String> before = seen();

        Response refusal = importing(document);

        assertRefused(refusal, "events[0].delegations[0].partners[0].slug");
        assertThat(fields(refusal)).contains("memoranda[0].signatories[1].slug", "goodPractices[0].partner.slug",
                "goodPractices[1].event.id");
        assertThat(refusal.jsonPath().getString("detail")).contains("4");
        assertThat(seen()).isEqualTo(before);
    }

    @Test
    void slugsAndIdsAreUniqueInADocument() {
        ObjectNode document = export();
        partner(document, 3).put("slug", partner(document, 0).get("slug").asText());
        ArrayNode events = (ArrayNode) document.get("events");
        events.add(events.get(0).deepCopy());

        Response refusal = importing(document);

        assertRefused(refusal, "partners[3].slug");
        assertThat(fields(refusal)).contains("events[1].id");
    }

    @Test
    void theStatusOfAGoodPracticeIsOneOfTheWorkflows() {
        ObjectNode document = export();
        ((ObjectNode) document.get("goodPractices").get(2)).put("status", "archived");
        ((ObjectNode) document.get("goodPractices").get(3)).put("status", "rejected").putNull("reviewReason");

        Response refusal = importing(document);

        assertRefused(refusal, "goodPractices[2].status");
        assertThat(fields(refusal)).contains("goodPractices[3].reviewReason");
    }

    @Test
    void everyErrorIsListedUpToABound() {
        ObjectNode document = export();
        ArrayNode partners = (ArrayNode) document.get("partners");
        int first = partners.size();
        for (int i = 0; i < 150; i++) {
            ObjectNode copy = partners.get(0).deepCopy();
            copy.put("slug", "copy-" + i).put("country", "XXXX");
            partners.add(copy);
        }

        Response refusal = importing(document);

        assertThat(refusal.statusCode()).isEqualTo(400);
        assertThat(fields(refusal)).hasSize(100).contains("partners[" + first + "].country",
                "partners[" + (first + 99) + "].country");
        assertThat(refusal.jsonPath().getString("detail")).contains("150").contains("100");
    }

    /** The last item is bad: nothing before it is kept, and new items get the ids they would have had. */
    @Test
    void aDocumentWhoseLastItemIsBadChangesNothingNotEvenTheNextIds() {
        ObjectNode document = export();
        eventOf(document, 0).put("id", 7001);
        document.get("memoranda").forEach(m -> ((ObjectNode) m).put("id", 7000 + m.get("id").asInt())
                .set("event", ImportDocuments.JSON.createObjectNode().put("id", 7001)));
        document.get("goodPractices").forEach(g -> {
            ((ObjectNode) g).put("id", 7000 + g.get("id").asInt());
            if (!g.get("event").isNull()) {
                ((ObjectNode) g).set("event", ImportDocuments.JSON.createObjectNode().put("id", 7001));
            }
        });
        int last = document.get("goodPractices").size() - 1;
        ArrayNode themes = (ArrayNode) document.get("goodPractices").get(last).get("themes");
        themes.add("gardening");
        long[] ids = createdIds();
        Map<String, String> before = seen();

        Response refusal = importing(document);

        assertRefused(refusal, "goodPractices[" + last + "].themes[" + (themes.size() - 1) + "]");
        assertThat(seen()).isEqualTo(before);
        long[] next = createdIds();
        for (int i = 0; i < ids.length; i++) {
            assertThat(next[i]).as("the next id of resource " + i).isEqualTo(ids[i] + 1);
        }
    }

    @Test
    void unknownPropertiesAndAnotherFormatAreRefused() {
        ObjectNode document = export();
        partner(document, 0).put("searchText", "derived");
        assertRefused(importing(document), "partners[0].searchText");

        assertRefused(importing(export().put("formatVersion", 3)), "formatVersion");
        assertRefused(importing(export().put("format", "csv")), "format");
    }

    private static ObjectNode partner(ObjectNode document, int index) {
        return (ObjectNode) document.get("partners").get(index);
    }

    private static ObjectNode eventOf(ObjectNode document, int index) {
        return (ObjectNode) document.get("events").get(index);
    }
}
