-- Lists sorted by name follow the reader's language: each partner keeps, per language a list can be
-- read in, the key of its name under that language's collation (made by the application on every
-- write, and by R__Partner_name_keys for the rows already there and whenever the languages or the
-- collations change). Keys are bounded hex (eu.twinning.i18n.CollationKeys), so no name overflows them.
-- The index holds each language's list in order, ties broken by id, as the list query asks.
CREATE TABLE partner_name_key (
    partner_id BIGINT       NOT NULL REFERENCES partner (id) ON DELETE CASCADE,
    language   VARCHAR(35)  NOT NULL,
    sort_key   VARCHAR(200) NOT NULL,
    PRIMARY KEY (partner_id, language)
);
CREATE INDEX ix_partner_name_key_order ON partner_name_key (language, sort_key, partner_id);

-- The folded English name that lists sorted by before; nothing reads it any more.
DROP INDEX ix_partner_sort_name;
ALTER TABLE partner DROP COLUMN sort_name;
