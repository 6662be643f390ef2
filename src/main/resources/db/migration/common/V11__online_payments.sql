-- Online payment orders (a lane denial, the pay page, the cashier) and the provider notifications
-- received for them: each notification once (by its event id), whatever it said.

CREATE TABLE payment_order (
    id          VARCHAR(24)  PRIMARY KEY,
    token       VARCHAR(32)  NOT NULL,
    provider    VARCHAR(20)  NOT NULL,
    purpose     VARCHAR(16)  NOT NULL,
    owner       BIGINT,
    plate       VARCHAR(16),
    lane        VARCHAR(32),
    amount      BIGINT       NOT NULL,
    currency    VARCHAR(3)   NOT NULL,
    status      VARCHAR(10)  DEFAULT 'OPEN' NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at     TIMESTAMP WITH TIME ZONE,
    payment     BIGINT,
    CONSTRAINT payment_order_token_unique UNIQUE (token),
    CONSTRAINT payment_order_owner_fk FOREIGN KEY (owner) REFERENCES owner (id),
    CONSTRAINT payment_order_payment_fk FOREIGN KEY (payment) REFERENCES payment (id),
    CONSTRAINT payment_order_amount_positive CHECK (amount > 0),
    CONSTRAINT payment_order_purpose_known CHECK (purpose IN ('LANE_ARREARS', 'ARREARS', 'VISITOR_FEE', 'RENEWAL')),
    CONSTRAINT payment_order_status_known CHECK (status IN ('OPEN', 'PAID', 'FAILED', 'EXPIRED', 'HELD'))
);

CREATE INDEX payment_order_status ON payment_order (status, created_at);

CREATE TABLE payment_event (
    event_id    VARCHAR(64)  NOT NULL,
    provider    VARCHAR(20)  NOT NULL,
    order_id    VARCHAR(24),
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(16)  NOT NULL,
    body        VARCHAR(2000) NOT NULL,
    CONSTRAINT payment_event_pk PRIMARY KEY (provider, event_id)
);
