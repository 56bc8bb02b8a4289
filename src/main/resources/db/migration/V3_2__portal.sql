-- The citizen portal's tickets: the tracking number a caller got for their report, and the
-- digest of their private rating link (the link itself is shown once and never stored).
-- order_id: the workorder module's id, no foreign key across modules.
CREATE TABLE portal_ticket (
    tracking_no     CHAR(12)  PRIMARY KEY,
    order_id        BIGINT    NOT NULL UNIQUE,
    rating_key_hash CHAR(64)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
