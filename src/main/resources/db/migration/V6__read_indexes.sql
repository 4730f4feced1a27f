-- Indexes in the lists' default orders, so that a page costs the same at 100,000 rows as at ten
-- (bench/run --scale measures it): each list sorts by its key, then by id for stable pages, with
-- NULLS LAST as the application asks for (quarkus.hibernate-orm.query.default-null-ordering),
-- which an index must say for a descending order to be usable.
CREATE INDEX ix_partner_sort_name ON partner (sort_name, id);
CREATE INDEX ix_event_start ON event (start_date, id);
CREATE INDEX ix_memorandum_signed ON memorandum (signed_on, id);
CREATE INDEX ix_good_practice_created ON good_practice (created_at DESC NULLS LAST, id);
CREATE INDEX ix_good_practice_theme ON good_practice_theme (theme, good_practice_id);
CREATE INDEX ix_audit_entry_occurred ON audit_entry (occurred_at DESC NULLS LAST, id);
