-- A renewal order names the pass period it continues.
ALTER TABLE payment_order ADD COLUMN renews_period BIGINT;
ALTER TABLE payment_order ADD CONSTRAINT payment_order_renews_fk FOREIGN KEY (renews_period) REFERENCES subscription (id);
