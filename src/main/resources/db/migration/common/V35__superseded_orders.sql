-- An online order whose amount was taken another way before it was paid (cash at the booth):
-- SUPERSEDED. A payment the provider still reports for it is held for a refund, never applied.
ALTER TABLE payment_order DROP CONSTRAINT payment_order_status_known;
ALTER TABLE payment_order ADD CONSTRAINT payment_order_status_known
    CHECK (status IN ('OPEN', 'PAID', 'FAILED', 'EXPIRED', 'HELD', 'SUPERSEDED'));
