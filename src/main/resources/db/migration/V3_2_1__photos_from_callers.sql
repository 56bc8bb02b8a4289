-- intake: a photo the caller sent through the citizen portal has no staff uploader.
ALTER TABLE order_photo ALTER COLUMN uploaded_by DROP NOT NULL;
