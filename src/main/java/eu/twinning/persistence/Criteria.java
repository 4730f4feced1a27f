package eu.twinning.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A JPQL where-clause built from optional filters: a filter without a value adds nothing. */
public final class Criteria {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    public Criteria and(String clause, String parameter, Object value) {
        if (value != null) {
            clauses.add(clause);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** A clause that always applies, with its parameters. */
    public Criteria and(String clause, Map<String, Object> clauseParameters) {
        clauses.add(clause);
        parameters.putAll(clauseParameters);
        return this;
    }

    /** Matches a folded ?q= against the entity's folded search text. */
    public Criteria matching(String alias, String foldedQuery) {
        return and(alias + ".searchText like :q escape '\\'", "q",
                foldedQuery == null ? null : SearchText.likePattern(foldedQuery));
    }

    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    public Map<String, Object> parameters() {
        return parameters;
    }
}
