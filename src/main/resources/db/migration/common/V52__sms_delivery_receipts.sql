-- Delivery receipts of the SMS providers (Aliyun, Tencent Cloud): the provider's id of a message
-- it took (BizId, SerialNo), and whether the phone got it, when, and the provider's words.
ALTER TABLE reminder_message ADD COLUMN provider_ref VARCHAR(64);
ALTER TABLE reminder_message ADD COLUMN receipt VARCHAR(12);
ALTER TABLE reminder_message ADD COLUMN receipt_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE reminder_message ADD COLUMN receipt_detail VARCHAR(200);
ALTER TABLE reminder_message ADD CONSTRAINT reminder_message_receipt_known
    CHECK (receipt IS NULL OR receipt IN ('DELIVERED', 'UNDELIVERED'));
CREATE INDEX reminder_message_provider_ref ON reminder_message (provider_ref);
