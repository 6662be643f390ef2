-- V22 (a Java migration, HashClearTokens) has hashed every clear token; the clear ones go.
ALTER TABLE owner DROP CONSTRAINT owner_pay_token_unique;
ALTER TABLE owner DROP COLUMN pay_token;
ALTER TABLE payment_order DROP CONSTRAINT payment_order_token_unique;
ALTER TABLE payment_order DROP COLUMN token;
ALTER TABLE payment_order ALTER COLUMN token_hash SET NOT NULL;
ALTER TABLE payment_order ADD CONSTRAINT payment_order_token_hash_unique UNIQUE (token_hash);
