-- The audit log names a token's writes "token <id> (<name>)": with a name of 100 characters (the
-- most a token's may have) and an id of up to 19 digits, that is 128 characters, more than the 120
-- the column had (DerivedColumnsTest). 200 leaves room for the prefix to grow.
ALTER TABLE audit_entry ALTER COLUMN actor SET DATA TYPE VARCHAR(200);
