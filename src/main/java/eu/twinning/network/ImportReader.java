package eu.twinning.network;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import eu.twinning.event.EventInput;
import eu.twinning.event.EventService;
import eu.twinning.goodpractice.GoodPracticeInput;
import eu.twinning.goodpractice.ReviewState;
import eu.twinning.memorandum.MemorandumInput;
import eu.twinning.memorandum.MemorandumService;
import eu.twinning.network.ImportItems.Item;
import eu.twinning.partner.PartnerInput;
import eu.twinning.persistence.Restored;
import eu.twinning.problem.JsonProblems;
import eu.twinning.problem.Problem;
import eu.twinning.problem.ProblemException;

/**
 * Reads a document to import, and checks every item as its write does, without touching the
 * database: the input read as strictly as a body (enums, types, unknown properties), its Bean
 * Validation (texts, coordinates, country codes, lengths) and its service's rules between fields.
 * References between items are checked by {@link ImportReferences}. formatVersion 1 is read by
 * {@link FormatV1} into the same items first.
 */
@ApplicationScoped
class ImportReader {

    /** The most items of each kind a document may have. */
    static final int MAX_ITEMS = 100_000;
    /** The largest id or version an import takes: JSON's safe integers, which every client reads exactly. */
    static final long MAX_NUMBER = 9_007_199_254_740_991L;

    /** A kind of item: where the document has it, the input its write reads, what restores it, its rules between fields. */
    private record Kind<T>(String name, Class<T> type, List<String> restoring,
            Function<T, List<Problem.FieldError>> rules) {
    }

    private static final List<String> STAMPED = List.of("version", "createdAt", "updatedAt");
    private static final List<String> IDENTIFIED = List.of("id", "version", "createdAt", "updatedAt");
    private static final Kind<NetworkInput> NETWORK = new Kind<>("network", NetworkInput.class,
            List.of("version", "updatedAt"), NetworkService::problems);
    private static final Kind<PartnerInput> PARTNERS = new Kind<>("partners", PartnerInput.class, STAMPED,
            p -> List.of());
    private static final Kind<EventInput> EVENTS = new Kind<>("events", EventInput.class, IDENTIFIED,
            EventService::problems);
    private static final Kind<MemorandumInput> MEMORANDA = new Kind<>("memoranda", MemorandumInput.class, IDENTIFIED,
            MemorandumService::problems);
    private static final Kind<GoodPracticeInput> GOOD_PRACTICES = new Kind<>("goodPractices",
            GoodPracticeInput.class, IDENTIFIED, g -> List.of());
    private static final Set<String> KEYS = Set.of("format", "formatVersion", "exportedAt", "network", "partners",
            "events", "memoranda", "goodPractices");
    private static final Set<String> REVIEW = Set.of("status", "submittedAt", "reviewedAt", "reviewReason");

    private record Stamp(Long id, Long version, Instant createdAt, Instant updatedAt) {
    }

    private final ObjectMapper json;
    private final Validator validator;

    ImportReader(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** The document's items; null, with the problems said, if it is not a network export at all. */
    ImportItems read(JsonNode document, ImportProblems problems) {
        if (!(document instanceof ObjectNode given) || !NetworkExport.FORMAT.equals(given.path("format").asText(null))) {
            problems.add("format", "must be " + NetworkExport.FORMAT + ": a document that exportNetwork answers");
            return null;
        }
        JsonNode version = given.path("formatVersion");
        ObjectNode items = given;
        if (version.isInt() && version.intValue() == FormatV1.VERSION) {
            FormatV1 v1 = new FormatV1(problems);
            items = v1.read(given);
            if (problems.any()) {
                return null;
            }
            problems.namedBy(v1::named);
        } else if (!version.isInt() || version.intValue() != NetworkExport.FORMAT_VERSION) {
            problems.add("formatVersion", "must be " + NetworkExport.FORMAT_VERSION + " (or 1, of older exports)");
            return null;
        } else {
            given.fieldNames().forEachRemaining(key -> {
                if (!KEYS.contains(key)) {
                    problems.add(key, "unknown property; allowed: " + String.join(", ", new TreeSet<>(KEYS)));
                }
            });
            if (given.has("exportedAt")) {
                read(given.get("exportedAt"), Instant.class, "exportedAt", problems);
            }
        }
        Item<NetworkInput> network = null;
        if (items.path("network").isObject()) {
            network = item(items.get("network"), "network", NETWORK, problems);
        } else {
            problems.add("network", "is required: an object");
        }
        ImportItems read = new ImportItems(network, items(items, PARTNERS, problems), items(items, EVENTS, problems),
                items(items, MEMORANDA, problems), items(items, GOOD_PRACTICES, problems));
        ImportReferences.check(items, read, problems);
        return read;
    }

    private <T> List<Item<T>> items(ObjectNode document, Kind<T> kind, ImportProblems problems) {
        JsonNode given = document.path(kind.name());
        List<Item<T>> items = new ArrayList<>();
        if (!given.isArray()) {
            problems.add(kind.name(), "is required: an array");
        } else if (given.size() > MAX_ITEMS) {
            problems.add(kind.name(), "must have at most " + MAX_ITEMS + " items");
        } else {
            for (int i = 0; i < given.size(); i++) {
                String place = kind.name() + "[" + i + "]";
                items.add(given.get(i).isObject() ? item(given.get(i), place, kind, problems) : null);
                if (!given.get(i).isObject()) {
                    problems.add(place, "must be an object");
                }
            }
        }
        return items;
    }

    /** An item: its input as its write reads and checks it, and what restores it. */
    private <T> Item<T> item(JsonNode node, String place, Kind<T> kind, ImportProblems problems) {
        ObjectNode content = node.deepCopy();
        content.remove("version");
        ObjectNode restoring = json.createObjectNode();
        for (String key : kind.restoring()) {
            restoring.set(key, node.get(key));
        }
        T input = checked(content, kind.type(), place, problems);
        if (input != null) {
            problems.addAll(place, kind.rules().apply(input));
        }
        Restored restored = restored(restoring, place, problems);
        ReviewState review = null;
        if (kind == GOOD_PRACTICES) {
            ObjectNode state = json.createObjectNode();
            REVIEW.forEach(key -> state.set(key, node.get(key)));
            review = checked(state, ReviewState.class, place, problems);
            if (review != null) {
                problems.addAll(place, review.problems());
            }
        }
        return input == null || restored == null || (kind == GOOD_PRACTICES && review == null) ? null
                : new Item<>(input, restored, review);
    }

    /** What restores an item: each field it needs present, ids and versions within JSON's safe integers. */
    private Restored restored(ObjectNode given, String place, ImportProblems problems) {
        Stamp stamp = read(given, Stamp.class, place, problems);
        if (stamp == null) {
            return null;
        }
        boolean complete = true;
        for (var field : given.properties()) {
            if (field.getValue().isNull()) {
                problems.add(ImportProblems.at(place, field.getKey()), "is required to restore the item");
                complete = false;
            }
        }
        if (stamp.id() != null && (stamp.id() < 1 || stamp.id() > MAX_NUMBER)) {
            problems.add(ImportProblems.at(place, "id"), "must be from 1 to " + MAX_NUMBER);
            complete = false;
        }
        if (stamp.version() != null && (stamp.version() < 0 || stamp.version() > MAX_NUMBER)) {
            problems.add(ImportProblems.at(place, "version"), "must be from 0 to " + MAX_NUMBER);
            complete = false;
        }
        return complete ? new Restored(stamp.id(), stamp.version(), micros(stamp.createdAt()),
                micros(stamp.updatedAt())) : null;
    }

    /** Timestamps are kept at the microseconds both databases keep, so that what is read back is what was sent. */
    private static Instant micros(Instant time) {
        return time == null ? null : time.truncatedTo(ChronoUnit.MICROS);
    }

    /** A value read as strictly as a body, and validated as one: null, with its faults said, if it is not valid. */
    private <T> T checked(JsonNode node, Class<T> type, String place, ImportProblems problems) {
        T value = read(node, type, place, problems);
        if (value == null) {
            return null;
        }
        List<Problem.FieldError> violations = new ArrayList<>();
        for (ConstraintViolation<T> violation : validator.validate(value)) {
            violations.add(new Problem.FieldError(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        violations.sort(Comparator.comparing(Problem.FieldError::field));
        problems.addAll(place, violations);
        return violations.isEmpty() ? value : null;
    }

    private <T> T read(JsonNode node, Class<T> type, String place, ImportProblems problems) {
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            ProblemException problem = JsonProblems.describe(e);
            if (problem.errors() == null) {
                problems.add(place, "is not of the expected shape");
            } else {
                problems.addAll(place, problem.errors());
            }
            return null;
        }
    }
}
