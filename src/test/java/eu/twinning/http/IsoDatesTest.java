package eu.twinning.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Dates and instants in exactly the forms, and at most the lengths, that the spec publishes. */
class IsoDatesTest {

    @Test
    void readsRfc3339DatesAndInstants() {
        assertThat(IsoDates.date("2018-11-09")).isEqualTo(LocalDate.of(2018, 11, 9));
        assertThat(IsoDates.instant("2027-12-31T23:59:59Z")).isEqualTo(Instant.parse("2027-12-31T23:59:59Z"));
        String longest = "2027-12-31T23:59:59.123456789+01:00";
        assertThat(longest).hasSize(IsoDates.DATE_TIME_MAX_LENGTH);
        assertThat(IsoDates.instant(longest)).isEqualTo(Instant.parse("2027-12-31T22:59:59.123456789Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2018-11-09T10:00:00", "2018-11-09T10:00:00Z", "+12018-11-09", "2018-11-09 ", "20181109",
            "2018-02-30", "" })
    void refusesWhatIsNoDate(String text) {
        assertThat(IsoDates.date(text)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "1700000000", "2018-11-09", "2018-11-09T10:00Z", "2018-11-09T10:00:00.1234567891Z",
            "+12018-11-09T10:00:00Z", "2018-11-09T10:00:00+0100", "2018-11-09T25:00:00Z" })
    void refusesWhatIsNoInstant(String text) {
        assertThat(IsoDates.instant(text)).isNull();
    }
}
