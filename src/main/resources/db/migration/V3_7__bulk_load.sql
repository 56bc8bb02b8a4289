-- What a bulk load (org.whistle.BulkLoad) has dropped and not yet made again: each index or
-- foreign key is written here before it is dropped and removed once it is made again, so a load
-- killed midway is healed by the next load or the next start of the server.
CREATE TABLE bulk_load_dropped (
    position    INT           PRIMARY KEY,
    name        VARCHAR(200)  NOT NULL,
    create_sql  VARCHAR(4000) NOT NULL
);
