import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import eu.twinning.config.TwinningConfig;
import eu.twinning.event.Event;
import eu.twinning.goodpractice.GoodPractice;
import eu.twinning.i18n.LanguageResolver;
import eu.twinning.memorandum.Memorandum;
import eu.twinning.partner.Partner;

/**
 * Fills a database that the application has migrated (and seeded) with synthetic data, straight
 * through JDBC with batched inserts, for bench/run --scale:
 *
 * <pre>
 * java -cp 'target/quarkus-app/lib/main/*:target/quarkus-app/app/*' bench/scale/Generate.java \
 *     JDBC_URL PARTNERS EVENTS GOOD_PRACTICES
 * </pre>
 *
 * Each event has 20 programme items over 1 to 5 days and 1 to 4 delegations; there is a
 * memorandum for every tenth event. The derived columns are computed as the application computes
 * them, by the entities' own recipes (from the app jar on the classpath): Partner.searchText and
 * Partner.nameKeys (a sort key per language of TWINNING_LANGUAGES, or of its default, and English),
 * Event.searchText, Memorandum.searchText and GoodPractice.searchText. Translated texts are JSON
 * objects in the JSON columns (V11), bound as the application's Hibernate binds them. Ids continue after the largest present, and each identity column is
 * restarted above them, so that the application's own inserts go on working.
 *
 * The user is sa (H2) or postgres (PostgreSQL) unless -Dbench.user / -Dbench.password say
 * otherwise. Progress goes to stderr; stdout gets key=value lines (rows per table, sample ids)
 * for bench/run. The data is deterministic (fixed random seed). No generated text contains
 * "vanersborg", which bench/run searches for (q=vanersborg matches the seed's Vänersborg only).
 */
public class Generate {

    /** Compact JSON, keys in insertion order. */
    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();
    static final Random RANDOM = new Random(20181109);
    /** The database is PostgreSQL (else H2): JSON is bound differently. */
    static boolean postgres;
    static final String[] COUNTRIES = { "LV", "LT", "EE", "PL", "DE", "SE", "IT", "RS", "FI", "FR", "ES", "PT",
            "CZ", "SK", "HU", "RO", "BG", "HR", "SI", "AT", "BE", "NL", "DK", "IE", "GR", "CY", "MT", "LU" };
    static final String[] THEMES = { "ART_AND_CULTURE", "YOUTH", "CITIZENSHIP", "SOCIAL_INCLUSION",
            "SUSTAINABLE_DEVELOPMENT", "LOCAL_SERVICES", "LOCAL_ECONOMIC_DEVELOPMENT", "SOLIDARITY" };
    static final String[] EVENT_TYPES = { "MEETING", "CONFERENCE", "WORKSHOP", "VISIT", "FESTIVAL", "OTHER" };
    static final Instant EPOCH = Instant.parse("2015-01-01T00:00:00Z");
    static final int BATCH = 1000;
    static final int ITEMS_PER_EVENT = 20;
    /** The languages the API keeps name sort keys for, configured as it is (TWINNING_LANGUAGES). */
    static final List<String> SORT_LANGUAGES = LanguageResolver.sortLanguages(List.of(
            Optional.ofNullable(System.getenv("TWINNING_LANGUAGES")).orElse(TwinningConfig.DEFAULT_LANGUAGES).split(",")));

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: java -cp '<app lib/main/*>:<app app/*>' bench/scale/Generate.java "
                    + "JDBC_URL PARTNERS EVENTS GOOD_PRACTICES");
            System.exit(2);
        }
        String url = args[0];
        int partners = Integer.parseInt(args[1]);
        int events = Integer.parseInt(args[2]);
        int goodPractices = Integer.parseInt(args[3]);
        postgres = url.startsWith("jdbc:postgresql:");
        Properties props = new Properties();
        props.setProperty("user", System.getProperty("bench.user", postgres ? "postgres" : "sa"));
        props.setProperty("password", System.getProperty("bench.password", ""));
        if (postgres) {
            props.setProperty("reWriteBatchedInserts", "true");
        }
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, props)) {
            db.setAutoCommit(false);
            Generate g = new Generate(db);
            g.partners(partners);
            g.events(events);
            g.goodPractices(goodPractices);
            for (String table : List.of("partner", "event", "delegation", "programme_day", "programme_item",
                    "memorandum", "good_practice")) {
                g.restartIdentity(table);
            }
            try (Statement s = db.createStatement()) {
                s.execute("ANALYZE");
            }
            db.commit();
            log("done in %.1f s", (System.nanoTime() - started) / 1e9);
            for (String table : List.of("partner", "partner_name_key", "event", "programme_day", "programme_item",
                    "delegation", "delegation_partner", "memorandum", "good_practice", "good_practice_theme")) {
                System.out.println("rows." + table + "=" + g.count(table));
            }
            System.out.println("sample.event=" + (g.firstEvent + events / 2));
            System.out.println("sample.partner=" + slug(partners / 2));
            System.out.println("seconds=" + Math.round((System.nanoTime() - started) / 1e9));
        }
    }

    private final Connection db;
    private long firstPartner;
    private int partnerCount;
    private long firstEvent;
    private int eventCount;

    Generate(Connection db) {
        this.db = db;
    }

    static String slug(int n) {
        return "generated-partner-" + n;
    }

    // ---- partners ----

    void partners(int count) throws SQLException {
        long base = maxId("partner");
        firstPartner = base + 1;
        partnerCount = count;
        try (Batch insert = new Batch(db, """
                INSERT INTO partner (id, slug, country_code, partner_role, kind, name, local_name, description,
                    latitude, longitude, website, participants, search_text, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""");
                Batch keys = new Batch(db, "INSERT INTO partner_name_key (partner_id, language, sort_key) VALUES (?, ?, ?)")) {
            for (int n = 1; n <= count; n++) {
                String slug = slug(n);
                String country = pick(COUNTRIES);
                Map<String, String> name = texts("Generated partner " + n, "Ģenerēts partneris " + n);
                String localName = name.get("lv");
                Map<String, String> description = texts(
                        "Synthetic partner " + n + " of the scale benchmark (bench/scale), a "
                                + (n % 7 == 0 ? "district" : "city") + " in " + country + ".",
                        "Sintētisks partneris " + n + " mēroga testam (bench/scale), valsts " + country + ".");
                PreparedStatement s = insert.statement;
                s.setLong(1, base + n);
                s.setString(2, slug);
                s.setString(3, country);
                int role = RANDOM.nextInt(100);
                setString(s, 4, role < 5 ? "LEAD" : role < 75 ? "PARTNER" : role < 85 ? "VISITING" : null);
                s.setString(5, n % 7 == 0 ? "DISTRICT" : "CITY");
                setJson(s, 6, name);
                s.setString(7, localName);
                setJson(s, 8, description);
                if (n % 10 == 0) {
                    s.setNull(9, Types.DOUBLE);
                    s.setNull(10, Types.DOUBLE);
                } else {
                    s.setDouble(9, round4(35 + RANDOM.nextDouble() * 35));
                    s.setDouble(10, round4(-10 + RANDOM.nextDouble() * 40));
                }
                s.setString(11, "https://" + slug + ".example.org");
                setInt(s, 12, n % 3 == 0 ? null : RANDOM.nextInt(200));
                // Partner.computeSearchText
                s.setString(13, Partner.searchText(name, description, slug, localName, country));
                OffsetDateTime created = at(EPOCH.plusSeconds(60L * n));
                s.setObject(14, created);
                s.setObject(15, created);
                insert.add();
                // Partner.refreshNameKeys
                for (Map.Entry<String, String> key : Partner.nameKeys(name, SORT_LANGUAGES).entrySet()) {
                    keys.statement.setLong(1, base + n);
                    keys.statement.setString(2, key.getKey());
                    keys.statement.setString(3, key.getValue());
                    keys.add();
                }
                if (n % BATCH == 0) {
                    insert.flush();
                    keys.flush();
                }
                if (n % 10_000 == 0) {
                    db.commit();
                }
            }
        }
        db.commit();
        log("%d partners", count);
    }

    // ---- events, their programme and delegations, and memoranda ----

    void events(int count) throws SQLException {
        long base = maxId("event");
        firstEvent = base + 1;
        eventCount = count;
        long dayId = maxId("programme_day");
        long itemId = maxId("programme_item");
        long delegationId = maxId("delegation");
        long memorandumId = maxId("memorandum");
        int memoranda = 0;
        // Parents before children: each flush runs the batches in this order.
        try (Batch event = new Batch(db, """
                INSERT INTO event (id, title, description, event_type, start_date, end_date, venue, host_id,
                    total_participants, search_text, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""");
                Batch day = new Batch(db, "INSERT INTO programme_day (id, event_id, day_date, title) VALUES (?, ?, ?, ?)");
                Batch item = new Batch(db, """
                        INSERT INTO programme_item (id, day_id, sort_order, start_time, title, place, description)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""");
                Batch delegation = new Batch(db, """
                        INSERT INTO delegation (id, event_id, sort_order, country_code, participants)
                        VALUES (?, ?, ?, ?, ?)""");
                Batch delegationPartner = new Batch(db,
                        "INSERT INTO delegation_partner (delegation_id, partner_id) VALUES (?, ?)");
                Batch memorandum = new Batch(db, """
                        INSERT INTO memorandum (id, title, description, signed_on, signed_place, status, event_id,
                            search_text, version, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""");
                Batch signatory = new Batch(db,
                        "INSERT INTO memorandum_signatory (memorandum_id, partner_id) VALUES (?, ?)");
                Batch area = new Batch(db, "INSERT INTO memorandum_area (memorandum_id, theme) VALUES (?, ?)")) {
            List<Batch> inOrder = List.of(event, day, item, delegation, delegationPartner, memorandum, signatory, area);
            for (int n = 1; n <= count; n++) {
                long id = base + n;
                int days = 1 + RANDOM.nextInt(5);
                LocalDate start = LocalDate.of(2015, 1, 1).plusDays(RANDOM.nextInt(11 * 365));
                long host = randomPartner();
                Map<String, String> title = texts("Generated event " + n, "Ģenerēts pasākums " + n);
                Map<String, String> description = texts(
                        "Synthetic " + days + "-day event " + n + " of the scale benchmark (bench/scale).",
                        "Sintētisks " + days + " dienu pasākums " + n + " mēroga testam (bench/scale).");
                Map<String, String> venue = n % 4 == 0 ? null
                        : texts("Generated venue " + (n % 500), "Ģenerēta norises vieta " + (n % 500));
                PreparedStatement s = event.statement;
                s.setLong(1, id);
                setJson(s, 2, title);
                setJson(s, 3, description);
                s.setString(4, pick(EVENT_TYPES));
                s.setObject(5, start);
                s.setObject(6, start.plusDays(days - 1));
                setJson(s, 7, venue);
                s.setLong(8, host);
                setInt(s, 9, n % 5 == 0 ? null : 10 + RANDOM.nextInt(300));
                // Event.computeSearchText
                s.setString(10, Event.searchText(title, description, venue));
                OffsetDateTime created = at(EPOCH.plusSeconds(3600L * n));
                s.setObject(11, created);
                s.setObject(12, created);
                event.add();

                // 20 items over the days: the first days get the remainder
                int sortInEvent = 0;
                for (int d = 0; d < days; d++) {
                    long thisDay = ++dayId;
                    day.statement.setLong(1, thisDay);
                    day.statement.setLong(2, id);
                    day.statement.setObject(3, start.plusDays(d));
                    setJson(day.statement, 4, texts("Day " + (d + 1), (d + 1) + ". diena"));
                    day.add();
                    int items = ITEMS_PER_EVENT / days + (d < ITEMS_PER_EVENT % days ? 1 : 0);
                    for (int i = 1; i <= items; i++) {
                        sortInEvent++;
                        PreparedStatement p = item.statement;
                        p.setLong(1, ++itemId);
                        p.setLong(2, thisDay);
                        p.setInt(3, i);
                        if (i % 5 == 0) {
                            p.setNull(4, Types.TIME);
                        } else {
                            p.setObject(4, LocalTime.of(9, 0).plusMinutes(30L * i));
                        }
                        setJson(p, 5, texts("Programme item " + sortInEvent + " of event " + n,
                                "Programmas punkts " + sortInEvent + ", pasākums " + n));
                        setJson(p, 6, i % 3 == 0 ? null
                                : (texts("Hall " + (1 + i % 4), (1 + i % 4) + ". zāle")));
                        setJson(p, 7, i % 2 == 0 ? null
                                : (texts("What happens at item " + sortInEvent + ": talks, visits and a shared meal.",
                                        "Kas notiek " + sortInEvent + ". punktā: runas, apmeklējumi un kopīga maltīte.")));
                        item.add();
                    }
                }

                int delegations = 1 + RANDOM.nextInt(4);
                for (int k = 1; k <= delegations; k++) {
                    long thisDelegation = ++delegationId;
                    delegation.statement.setLong(1, thisDelegation);
                    delegation.statement.setLong(2, id);
                    delegation.statement.setInt(3, k);
                    delegation.statement.setString(4, pick(COUNTRIES));
                    setInt(delegation.statement, 5, k == delegations ? null : 1 + RANDOM.nextInt(40));
                    delegation.add();
                    for (long partner : distinctPartners(1 + RANDOM.nextInt(3))) {
                        delegationPartner.statement.setLong(1, thisDelegation);
                        delegationPartner.statement.setLong(2, partner);
                        delegationPartner.add();
                    }
                }

                if (n % 10 == 0) {
                    long m = ++memorandumId;
                    memoranda++;
                    Map<String, String> mTitle = texts("Generated memorandum " + memoranda,
                            "Ģenerēts memorands " + memoranda);
                    Map<String, String> mDescription = texts(
                            "Synthetic memorandum " + memoranda + " signed at generated event " + n + ".",
                            "Sintētisks memorands " + memoranda + ", parakstīts pasākumā " + n + ".");
                    Map<String, String> signedPlace = venue;
                    int status = RANDOM.nextInt(10);
                    PreparedStatement p = memorandum.statement;
                    p.setLong(1, m);
                    setJson(p, 2, mTitle);
                    setJson(p, 3, mDescription);
                    if (status == 0) {
                        p.setNull(4, Types.DATE);
                    } else {
                        p.setObject(4, start);
                    }
                    setJson(p, 5, signedPlace);
                    p.setString(6, status == 0 ? "DRAFT" : status == 1 ? "TERMINATED" : "SIGNED");
                    p.setLong(7, id);
                    // Memorandum.computeSearchText
                    p.setString(8, Memorandum.searchText(mTitle, mDescription, signedPlace));
                    p.setObject(9, created);
                    p.setObject(10, created);
                    memorandum.add();
                    for (long partner : distinctPartners(2)) {
                        signatory.statement.setLong(1, m);
                        signatory.statement.setLong(2, partner);
                        signatory.add();
                    }
                    for (String theme : distinctThemes(1 + RANDOM.nextInt(2))) {
                        area.statement.setLong(1, m);
                        area.statement.setString(2, theme);
                        area.add();
                    }
                }

                if (n % 200 == 0) {
                    for (Batch b : inOrder) {
                        b.flush();
                    }
                    if (n % 2000 == 0) {
                        db.commit();
                    }
                }
            }
            for (Batch b : inOrder) {
                b.flush();
            }
        }
        db.commit();
        log("%d events (%d programme items, %d memoranda)", count, count * ITEMS_PER_EVENT, memoranda);
    }

    // ---- good practice ----

    void goodPractices(int count) throws SQLException {
        long base = maxId("good_practice");
        try (Batch insert = new Batch(db, """
                INSERT INTO good_practice (id, partner_id, event_id, title, summary, body, links, status,
                    submitted_at, reviewed_at, review_reason, search_text, version, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, 0, ?, ?)""");
                Batch theme = new Batch(db, "INSERT INTO good_practice_theme (good_practice_id, theme) VALUES (?, ?)")) {
            for (int n = 1; n <= count; n++) {
                long id = base + n;
                Map<String, String> title = texts("Generated good practice " + n, "Ģenerēta labā prakse " + n);
                Map<String, String> summary = texts(
                        "Synthetic good practice " + n + " of the scale benchmark: two towns share what worked.",
                        "Sintētiska labā prakse " + n + " mēroga testam: divas pilsētas dalās pieredzē.");
                Map<String, String> body = n % 2 == 0 ? null : texts(
                        "How generated good practice " + n + " was done, step by step, and what others can reuse.",
                        "Kā ģenerētā labā prakse " + n + " tika īstenota, soli pa solim, un ko var izmantot citi.");
                int draw = RANDOM.nextInt(100);
                String status = draw < 85 ? "PUBLISHED" : draw < 90 ? "SUBMITTED" : draw < 95 ? "DRAFT" : "REJECTED";
                Instant created = EPOCH.plusSeconds(600L * n);
                Instant submitted = status.equals("DRAFT") ? null : created.plusSeconds(86_400);
                Instant reviewed = status.equals("PUBLISHED") || status.equals("REJECTED")
                        ? submitted.plusSeconds(2 * 86_400) : null;
                PreparedStatement s = insert.statement;
                s.setLong(1, id);
                s.setLong(2, randomPartner());
                if (n % 3 == 0) {
                    s.setLong(3, firstEvent + RANDOM.nextInt(eventCount));
                } else {
                    s.setNull(3, Types.BIGINT);
                }
                setJson(s, 4, title);
                setJson(s, 5, summary);
                setJson(s, 6, body);
                s.setString(7, status);
                setTime(s, 8, submitted);
                setTime(s, 9, reviewed);
                setString(s, 10, status.equals("REJECTED") ? "Generated review: please describe the results" : null);
                // GoodPractice.computeSearchText
                s.setString(11, GoodPractice.searchText(title, summary, body));
                Instant updated = reviewed != null ? reviewed : submitted != null ? submitted : created;
                s.setObject(12, at(created));
                s.setObject(13, at(updated));
                insert.add();
                for (String t : distinctThemes(1 + RANDOM.nextInt(3))) {
                    theme.statement.setLong(1, id);
                    theme.statement.setString(2, t);
                    theme.add();
                }
                if (n % 200 == 0) {
                    insert.flush();
                    theme.flush();
                    if (n % 10_000 == 0) {
                        db.commit();
                    }
                }
            }
            insert.flush();
            theme.flush();
        }
        db.commit();
        log("%d good practices", count);
    }

    // ---- helpers ----

    /**
     * A prepared INSERT whose rows are sent when the caller flushes: parents before children, so
     * that no foreign key points at a row still waiting in another batch.
     */
    static final class Batch implements AutoCloseable {
        final PreparedStatement statement;
        int pending;

        Batch(Connection db, String sql) throws SQLException {
            statement = db.prepareStatement(sql);
        }

        void add() throws SQLException {
            statement.addBatch();
            pending++;
        }

        void flush() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            flush();
            statement.close();
        }
    }

    long maxId(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    long count(String table) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The next id the application's inserts get: one above the largest (same syntax on H2 and PostgreSQL). */
    void restartIdentity(String table) throws SQLException {
        long next = maxId(table) + 1;
        try (Statement s = db.createStatement()) {
            s.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + next);
        }
    }

    long randomPartner() {
        return firstPartner + RANDOM.nextInt(partnerCount);
    }

    Set<Long> distinctPartners(int n) {
        Set<Long> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(n, partnerCount)) {
            chosen.add(randomPartner());
        }
        return chosen;
    }

    static List<String> distinctThemes(int n) {
        List<String> all = new ArrayList<>(Arrays.asList(THEMES));
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            chosen.add(all.remove(RANDOM.nextInt(all.size())));
        }
        return chosen;
    }

    static Map<String, String> texts(String en, String lv) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("en", en);
        texts.put("lv", lv);
        return texts;
    }

    /**
     * Texts into a JSON column as the application's Hibernate writes them: a JSON object, parsed by
     * the database. A string bound as such would be a JSON string on H2 (text in quotes), which the
     * column's CHECK refuses; H2 parses bytes, PostgreSQL a value of unspecified type.
     */
    static void setJson(PreparedStatement s, int i, Map<String, String> texts) throws SQLException {
        if (texts == null) {
            s.setNull(i, Types.OTHER);
            return;
        }
        String json;
        try {
            json = JSON.writeValueAsString(texts);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        if (postgres) {
            s.setObject(i, json, Types.OTHER);
        } else {
            s.setBytes(i, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    static String pick(String[] values) {
        return values[RANDOM.nextInt(values.length)];
    }

    static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static void setString(PreparedStatement s, int i, String value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.VARCHAR);
        } else {
            s.setString(i, value);
        }
    }

    static void setInt(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }

    static void setTime(PreparedStatement s, int i, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(i, at(value));
        }
    }

    static void log(String format, Object... args) {
        System.err.printf("generate: " + format + "%n", args);
    }
}
