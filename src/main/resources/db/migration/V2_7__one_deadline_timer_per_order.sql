-- Deadline timers became one per order and change of deadlines (task 'order-deadlines') instead of
-- one per deadline and warning. Timers of the old kind have no handler any more.
DELETE FROM scheduled_tasks WHERE task_name IN ('order-deadline', 'order-deadline-warning');
