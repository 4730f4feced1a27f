package eu.twinning.persistence;

import static eu.twinning.Fixtures.admin;
import static eu.twinning.Fixtures.event;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** An identity column's next id, and moving it past restored ids: forward only, never back. */
@QuarkusTest
class IdentitiesTest {

    @Inject
    Identities identities;

    @Test
    void theNextIdIsTheOneANewItemGets() {
        long next = identities.next("event");
        assertThat(createEvent()).isEqualTo(next);
        assertThat(identities.next("event")).isEqualTo(next + 1);
    }

    @Test
    void skippingMovesPastAnIdAndNeverBack() {
        long next = identities.next("event");
        identities.skipPast("event", next + 10);
        assertThat(identities.next("event")).isEqualTo(next + 11);
        identities.skipPast("event", next);
        assertThat(identities.next("event")).as("never back").isEqualTo(next + 11);
        assertThat(createEvent()).isEqualTo(next + 11);
    }

    private static long createEvent() {
        return admin().body(event("Identity")).post("/api/v1/events").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }
}
