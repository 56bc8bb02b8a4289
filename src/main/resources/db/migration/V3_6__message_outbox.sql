-- message_log becomes the outbox of messages to callers: a message is queued (PENDING) in the
-- transaction that decided to send it and delivered after the commit by a postman, who claims a
-- batch (SENDING, with its claim token and time) and records how each delivery ended. A claim
-- older than the postman's lease is taken over, so a node that died mid-batch loses nothing.
ALTER TABLE message_log ADD COLUMN claim VARCHAR(36);
ALTER TABLE message_log ADD COLUMN claimed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_message_log_waiting ON message_log (status, id);
