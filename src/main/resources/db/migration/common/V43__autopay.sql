-- Auto-pay: an owner's standing agreement with a payment provider (one mandate per owner, with a
-- cap per invoice), each invoice charged to it once on its due date (a row per charge, written
-- before the provider is asked, so that a stop in the middle is finished by the next run), and
-- per lot whether the office offers it.
CREATE TABLE autopay_mandate (
    owner        BIGINT       PRIMARY KEY,
    provider     VARCHAR(20)  NOT NULL,
    agreement    VARCHAR(64)  NOT NULL,
    cap          BIGINT       NOT NULL,
    active       BOOLEAN      NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(100) NOT NULL,
    CONSTRAINT autopay_mandate_owner_fk FOREIGN KEY (owner) REFERENCES owner (id) ON DELETE CASCADE,
    CONSTRAINT autopay_mandate_cap_positive CHECK (cap > 0)
);

CREATE TABLE autopay_charge (
    id           VARCHAR(24)  PRIMARY KEY,
    owner        BIGINT       NOT NULL,
    invoice      BIGINT       NOT NULL,
    provider     VARCHAR(20)  NOT NULL,
    agreement    VARCHAR(64)  NOT NULL,
    amount       BIGINT       NOT NULL,
    status       VARCHAR(10)  NOT NULL,
    attempted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    payment      BIGINT,
    answer       VARCHAR(200),
    CONSTRAINT autopay_charge_once UNIQUE (invoice),
    CONSTRAINT autopay_charge_owner_fk FOREIGN KEY (owner) REFERENCES owner (id) ON DELETE CASCADE,
    CONSTRAINT autopay_charge_invoice_fk FOREIGN KEY (invoice) REFERENCES invoice (id) ON DELETE CASCADE,
    CONSTRAINT autopay_charge_payment_fk FOREIGN KEY (payment) REFERENCES payment (id),
    CONSTRAINT autopay_charge_status_known CHECK (status IN ('CHARGING', 'PAID', 'FAILED', 'SKIPPED'))
);

CREATE INDEX autopay_charge_owner ON autopay_charge (owner, attempted_at);
CREATE INDEX autopay_charge_status ON autopay_charge (status);

CREATE TABLE lot_autopay (
    lot          VARCHAR(32)  PRIMARY KEY,
    offered      BOOLEAN      NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(100) NOT NULL
);

-- An auto-pay charge that was paid is an order too, paid at once, so that refunding the payment
-- goes back through its provider like any online payment.
ALTER TABLE payment_order DROP CONSTRAINT payment_order_purpose_known;
ALTER TABLE payment_order ADD CONSTRAINT payment_order_purpose_known
    CHECK (purpose IN ('LANE_ARREARS', 'ARREARS', 'VISITOR_FEE', 'RENEWAL', 'AUTOPAY'));
