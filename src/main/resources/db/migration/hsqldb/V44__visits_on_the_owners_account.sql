-- A visit an owner registered at a lot that bills visits to the owner's account becomes an
-- invoice of its own when the visitor leaves: an invoice without a pass period, described
-- ("visitor 京D66001, 06-10 10:00-13:00"), once per stay (charge_key).
ALTER TABLE invoice ALTER COLUMN subscription SET NULL;
ALTER TABLE invoice ADD COLUMN description VARCHAR(100);
ALTER TABLE invoice ADD COLUMN charge_key VARCHAR(60);
ALTER TABLE invoice ADD CONSTRAINT invoice_charge_once UNIQUE (charge_key);

ALTER TABLE visitor_pass ADD COLUMN billed_to_owner BOOLEAN DEFAULT FALSE NOT NULL;

ALTER TABLE lot_visitor_rules DROP CONSTRAINT lot_visitor_rules_billing_known;
ALTER TABLE lot_visitor_rules ADD CONSTRAINT lot_visitor_rules_billing_known
    CHECK (billing IN ('FREE', 'VISITOR_TARIFF', 'OWNER_ACCOUNT'));
