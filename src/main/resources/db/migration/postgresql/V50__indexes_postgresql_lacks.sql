-- HSQLDB makes an index for every foreign key by itself; PostgreSQL does not. Without them a
-- look-up by the referencing column reads the whole table: the collection report's sum of a
-- payment's earlier allocations to the same invoice took minutes on 120,000 allocations. These are
-- the foreign keys no earlier migration indexed (found in pg_constraint / pg_index).
CREATE INDEX subscription_plan ON subscription (plan);
CREATE INDEX payment_allocation_invoice ON payment_allocation (invoice);
CREATE INDEX ledger_entry_payment ON ledger_entry (payment);
CREATE INDEX stay_entry_passage ON stay (entry_passage);
CREATE INDEX stay_exit_passage ON stay (exit_passage);
CREATE INDEX payment_order_owner ON payment_order (owner);
CREATE INDEX payment_order_payment ON payment_order (payment);
CREATE INDEX payment_order_renews_period ON payment_order (renews_period);
CREATE INDEX free_release_reason ON free_release (reason);
CREATE INDEX booth_payment_opening ON booth_payment (opening);
CREATE INDEX payment_refund_order_id ON payment_refund (order_id);
CREATE INDEX autopay_charge_payment ON autopay_charge (payment);

-- The passage search by plate is a prefix match (plate LIKE '湘C01234%'). PostgreSQL uses a plain
-- index for LIKE only under the C collation; databases are made with the office's locale, so the
-- prefix match gets an index of its own (it read the newest-first index through a million
-- passages: 404 ms for one plate).
CREATE INDEX passage_plate_prefix ON passage (plate varchar_pattern_ops, decided_at);
