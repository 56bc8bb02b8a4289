-- Indexes for reading orders newest first (Open311's requests, the work-order lists): in the
-- order of ORDER BY received_at DESC, id DESC, so that a page is read straight from the index
-- without sorting every order of the period (they replace the indexes on category_code,
-- received_at and on received_at alone).
CREATE INDEX ix_work_order_category_newest ON work_order (category_code, received_at DESC, id DESC);
DROP INDEX ix_work_order_category;
CREATE INDEX ix_work_order_newest ON work_order (received_at DESC, id DESC);
DROP INDEX ix_work_order_received;

-- Open311's servicerequestupdates reads the history of all orders since a time.
CREATE INDEX ix_work_order_history_at ON work_order_history (at);
