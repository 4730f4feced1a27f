package eu.twinning.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsAccentsAndCase() {
        assertThat(SearchText.fold("Łódź")).isEqualTo("lodz");
        assertThat(SearchText.fold("Raška")).isEqualTo("raska");
        assertThat(SearchText.fold("Vänersborg")).isEqualTo("vanersborg");
        assertThat(SearchText.fold("Lāčplēša")).isEqualTo("lacplesa");
    }

    @Test
    void escapesLikeWildcards() {
        assertThat(SearchText.likePattern("50%_a")).isEqualTo("%50\\%\\_a%");
    }
}
