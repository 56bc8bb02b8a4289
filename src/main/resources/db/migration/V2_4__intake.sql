-- Idempotency-Key of POST /api/requests: a retry by the same client returns the same order.
CREATE TABLE intake_idempotency (
    user_id      BIGINT       NOT NULL,
    idem_key     VARCHAR(200) NOT NULL,
    request_hash CHAR(64)     NOT NULL,
    order_id     BIGINT       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (user_id, idem_key)
);
