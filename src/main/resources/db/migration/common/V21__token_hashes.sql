-- Pay links and order tokens are kept only as SHA-256 (issue 14). A pay link is derived from the
-- token key and the link's generation (TokenKey), so it can be shown again; replacing it starts a
-- new generation and the old link stops working. Billing's own table: the owner row is registry's.
CREATE TABLE owner_pay_link (
    owner             BIGINT      PRIMARY KEY,
    generation        INTEGER     NOT NULL,
    -- NULL until a derived link is first shown (owners with only a legacy link)
    token_hash        VARCHAR(64),
    -- the random link made before links were derived, still accepted until the link is replaced
    legacy_token_hash VARCHAR(64),
    CONSTRAINT owner_pay_link_owner_fk FOREIGN KEY (owner) REFERENCES owner (id) ON DELETE CASCADE,
    CONSTRAINT owner_pay_link_token_unique UNIQUE (token_hash),
    CONSTRAINT owner_pay_link_legacy_unique UNIQUE (legacy_token_hash)
);

ALTER TABLE payment_order ADD COLUMN token_hash VARCHAR(64);
