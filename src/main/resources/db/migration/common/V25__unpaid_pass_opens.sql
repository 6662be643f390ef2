-- Whether a pass period sold but not yet paid opens the barrier at a lot as a pass (a contract
-- term). TRUE keeps what every lot did before: a period opened from its first day, paid or not.
ALTER TABLE lot_terms ADD COLUMN unpaid_pass_opens BOOLEAN DEFAULT TRUE NOT NULL;
