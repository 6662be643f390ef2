-- More tables that grow by the day move to disk (CACHED), as V16 did for passages and stays: the
-- audit trail, invoices, payments and everything a payment leaves behind, the owners' messages and
-- the webhook log. As MEMORY tables every row of them stayed in the heap for as long as ParkGate ran
-- and was read in full at every start (90 days of the demo: about 20,000 rows, a sixth of the heap).
SET TABLE audit_event TYPE CACHED;
SET TABLE invoice TYPE CACHED;
SET TABLE payment TYPE CACHED;
SET TABLE payment_allocation TYPE CACHED;
SET TABLE payment_order TYPE CACHED;
SET TABLE payment_event TYPE CACHED;
SET TABLE payment_refund TYPE CACHED;
SET TABLE stay_payment TYPE CACHED;
SET TABLE booth_payment TYPE CACHED;
SET TABLE free_release TYPE CACHED;
SET TABLE arrears_history TYPE CACHED;
SET TABLE collection_note TYPE CACHED;
SET TABLE visitor_pass TYPE CACHED;
SET TABLE owner_message TYPE CACHED;
SET TABLE autopay_charge TYPE CACHED;
SET TABLE shift_handover TYPE CACHED;
SET TABLE webhook_event TYPE CACHED;
SET TABLE webhook_delivery TYPE CACHED;
SET TABLE voucher_export TYPE CACHED;
