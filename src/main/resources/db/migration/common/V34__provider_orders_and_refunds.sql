-- Real payment providers (WeChat Pay first). An order is made at its provider, which gives what the
-- payer scans (WeChat's code_url): kept with the order, so the same order shown again shows the same
-- code. NULL = the payer pays on ParkGate's own pay page (the sandbox), whose secret link is never
-- stored.
ALTER TABLE payment_order ADD COLUMN scan_content VARCHAR(512);

-- Online payments given back through their provider, one refund per payment (all of it), followed
-- until the provider reports the money back with the payer. The id is what the provider knows the
-- refund by (WeChat's out_refund_no): asked again, the provider takes it as the same refund.
CREATE TABLE payment_refund (
    id                 VARCHAR(64)  PRIMARY KEY,
    provider           VARCHAR(20)  NOT NULL,
    order_id           VARCHAR(64)  NOT NULL,
    payment            BIGINT       NOT NULL,
    amount             BIGINT       NOT NULL,
    currency           VARCHAR(3)   NOT NULL,
    status             VARCHAR(12)  NOT NULL,
    provider_refund_id VARCHAR(64),
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    requested_by       VARCHAR(100) NOT NULL,
    settled_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payment_refund_order_fk FOREIGN KEY (order_id) REFERENCES payment_order (id),
    CONSTRAINT payment_refund_payment_fk FOREIGN KEY (payment) REFERENCES payment (id),
    CONSTRAINT payment_refund_payment_unique UNIQUE (payment),
    CONSTRAINT payment_refund_amount_positive CHECK (amount > 0),
    CONSTRAINT payment_refund_status_known CHECK (status IN ('PROCESSING', 'SUCCEEDED', 'CLOSED', 'ABNORMAL'))
);

CREATE INDEX payment_refund_status ON payment_refund (status, requested_at);
