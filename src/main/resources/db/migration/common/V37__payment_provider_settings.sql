-- Payment providers set up in the browser (Payment providers page): each setting of a provider,
-- its secrets sealed with the secret key kept outside the database (parkgate.secret-key-file);
-- and which providers the pay pages offer (scope 'pay-pages', an ordered list) and which one each
-- lot's lane QR codes use (scope 'lane:<lot id>').
CREATE TABLE payment_provider_setting (
    provider      VARCHAR(16)    NOT NULL,
    name          VARCHAR(40)    NOT NULL,
    setting_value VARCHAR(20000) NOT NULL,
    PRIMARY KEY (provider, name)
);
CREATE TABLE payment_offer (
    scope     VARCHAR(80) PRIMARY KEY,
    providers VARCHAR(80) NOT NULL
);
