-- The sender looks up one endpoint's due deliveries (endpoint, status PENDING, time come) and, for
-- the order per owner, whether an earlier one of the same owner is still on its way. The indexes of
-- V46 made both walk every delivery the endpoint (or the owner) ever had: a look-up that grew with
-- the table, run after every event.
CREATE INDEX webhook_delivery_endpoint_due ON webhook_delivery (endpoint, status, next_attempt_at);
DROP INDEX webhook_delivery_order;
CREATE INDEX webhook_delivery_order ON webhook_delivery (endpoint, order_key, status, id);
