-- Cash taken at the lane's booth for a refused vehicle (收费放行). A visitor's stay fee is a payment
-- without an owner: what it paid for (the stay: lot, plate, entry and exit) is kept with it, so its
-- receipt can be printed again after the passages are archived. Ledger entries of such payments
-- have no owner either; they count in the till of whoever took the money, as every payment does.
ALTER TABLE payment ALTER COLUMN owner DROP NOT NULL;
ALTER TABLE ledger_entry ALTER COLUMN owner DROP NOT NULL;

CREATE TABLE stay_payment (
    payment    BIGINT      PRIMARY KEY,
    lot        VARCHAR(32) NOT NULL,
    plate      VARCHAR(16) NOT NULL,
    entered_at TIMESTAMP WITH TIME ZONE,
    left_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stay_payment_payment_fk FOREIGN KEY (payment) REFERENCES payment (id)
);

-- Which refusal the booth took money for, with the payment (its receipt number and amount, as the
-- guard was told) and the passage that opened the barrier: one payment per refusal, so a second
-- click charges nothing. Archived passages take their link with them; the payment and its receipt stay.
CREATE TABLE booth_payment (
    refusal    BIGINT      PRIMARY KEY,
    payment    BIGINT      NOT NULL,
    receipt_no VARCHAR(20) NOT NULL,
    amount     BIGINT      NOT NULL,
    opening    BIGINT,
    CONSTRAINT booth_payment_refusal_fk FOREIGN KEY (refusal) REFERENCES passage (id) ON DELETE CASCADE,
    CONSTRAINT booth_payment_opening_fk FOREIGN KEY (opening) REFERENCES passage (id) ON DELETE SET NULL,
    CONSTRAINT booth_payment_payment_fk FOREIGN KEY (payment) REFERENCES payment (id),
    CONSTRAINT booth_payment_payment_once UNIQUE (payment)
);
