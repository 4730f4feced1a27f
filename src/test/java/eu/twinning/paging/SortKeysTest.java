package eu.twinning.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import eu.twinning.problem.ProblemException;

class SortKeysTest {

    @Test
    void aDeclarationNamesTheKeysTheirExpressionsAndTheDefault() {
        SortKeys keys = SortKeys.parse("-createdAt,name=sortName,slug");
        assertThat(keys.names()).containsExactly("createdAt", "name", "slug");
        assertThat(keys.key("name")).map(SortKeys.SortKey::expression).hasValue("sortName");
        assertThat(keys.key("createdAt")).map(SortKeys.SortKey::expression).hasValue("createdAt");
        assertThat(keys.defaultSort()).isEqualTo("-createdAt");
    }

    @Test
    void aRequestSortsByTheDeclaredExpressionsAndRefusesOthers() {
        PageParams params = new PageParams();
        params.sort = "-name,slug";
        assertThat(params.toRequest(SortKeys.parse("createdAt,name=sortName,slug")).sort().getColumns())
                .extracting(c -> c.getName()).containsExactly("sortName", "slug", "id");
        params.sort = "sortName";
        assertThatThrownBy(() -> params.toRequest(SortKeys.parse("name=sortName")))
                .isInstanceOf(ProblemException.class).hasMessageContaining("allowed: name");
        params.sort = "name,-name";
        assertThatThrownBy(() -> params.toRequest(SortKeys.parse("name=sortName")))
                .isInstanceOf(ProblemException.class);
    }
}
