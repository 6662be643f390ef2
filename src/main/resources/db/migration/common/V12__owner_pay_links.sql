-- An owner's personal pay link (sent with reminders, shown at the counter): a secret token.
ALTER TABLE owner ADD COLUMN pay_token VARCHAR(32);
ALTER TABLE owner ADD CONSTRAINT owner_pay_token_unique UNIQUE (pay_token);
