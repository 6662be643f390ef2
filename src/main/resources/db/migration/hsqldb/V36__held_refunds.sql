-- A payment held for review (paid twice: at the booth or counter, and online) is given back
-- through its provider: its refund has no payment of ParkGate's, and the order ends REFUNDED.
ALTER TABLE payment_refund ALTER COLUMN payment SET NULL;
ALTER TABLE payment_order DROP CONSTRAINT payment_order_status_known;
ALTER TABLE payment_order ADD CONSTRAINT payment_order_status_known
    CHECK (status IN ('OPEN', 'PAID', 'FAILED', 'EXPIRED', 'HELD', 'SUPERSEDED', 'REFUNDED'));
