-- A device key's scope and its last use. Keys made before keep what they could do (every use,
-- every lane) until an admin replaces them with narrower ones; new keys are for cameras by default.
ALTER TABLE device_key ADD COLUMN uses VARCHAR(64) DEFAULT 'CAMERA,SIMULATOR' NOT NULL;
ALTER TABLE device_key ADD COLUMN lanes VARCHAR(1000);
ALTER TABLE device_key ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE device_key ADD COLUMN last_used_from VARCHAR(64);
