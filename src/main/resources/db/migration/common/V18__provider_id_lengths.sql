-- Order and event ids as the real providers send them back: WeChat Pay's out_trade_no up to 32
-- characters and notification ids up to 36, Alipay's out_trade_no up to 64. ParkGate's own order
-- ids stay short; the columns must hold whatever an authentic notification names.
ALTER TABLE payment_order ALTER COLUMN id SET DATA TYPE VARCHAR(64);
ALTER TABLE payment_event ALTER COLUMN order_id SET DATA TYPE VARCHAR(64);
