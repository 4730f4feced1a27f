-- The version of the network's data: every write moves it in its own transaction (the row lock
-- orders concurrent writes by commit), and every instance compares it to know whether what it
-- has cached is current. changed_at is the database's clock, never earlier than the previous one.
CREATE TABLE data_version (
    id         INTEGER PRIMARY KEY,
    version    BIGINT  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO data_version (id, version, changed_at) VALUES (1, 1, CURRENT_TIMESTAMP);
