-- Open311's servicerequestupdates reads the history of all orders since a time.
CREATE INDEX ix_work_order_history_at ON work_order_history (at);
