-- Each lot's visitor tariff and enforcement policy as its office set them on the Lot rules page.
-- A lot without a row runs lot.DefaultLotRules (what every lot ran before), so no row is written
-- here and no default value repeats it. Amounts are minor units (fen), times of day minutes after
-- midnight, choices the names of the access core's enums. The checks are the core's own
-- (VisitorTariff, LotPolicy), so a row the core would refuse cannot be stored.
CREATE TABLE lot_rules (
    lot                       VARCHAR(32) PRIMARY KEY,
    currency                  CHAR(3)     NOT NULL,
    free_time                 VARCHAR(20) NOT NULL,
    free_minutes              INTEGER     NOT NULL,
    first_segment_minutes     INTEGER     NOT NULL,
    first_segment_price       BIGINT      NOT NULL,
    step_minutes              INTEGER     NOT NULL,
    step_price                BIGINT      NOT NULL,
    cap_period                VARCHAR(20) NOT NULL,
    daily_cap                 BIGINT      NOT NULL,
    night                     VARCHAR(10) NOT NULL,
    night_start_minute        INTEGER     NOT NULL,
    night_end_minute          INTEGER     NOT NULL,
    night_price               BIGINT      NOT NULL,
    reentry_minutes           INTEGER     NOT NULL,
    restricted_entry          VARCHAR(20) NOT NULL,
    restricted_exit           VARCHAR(20) NOT NULL,
    visitors_allowed          BOOLEAN     NOT NULL,
    reserved_for_pass_holders INTEGER     NOT NULL,
    anti_passback             VARCHAR(10) NOT NULL,
    expiry_warning_days       INTEGER     NOT NULL,
    fuzzy_min_confidence      INTEGER     NOT NULL,
    prepaid_grace_minutes     INTEGER     NOT NULL,
    version                   INTEGER     DEFAULT 0 NOT NULL,
    changed_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by                VARCHAR(100) NOT NULL,
    CONSTRAINT lot_rules_choices_known CHECK (free_time IN ('WAIVE_SHORT_STAYS', 'DEDUCT')
        AND cap_period IN ('CALENDAR_DAY', 'ROLLING_24H', 'RESTART_24H') AND night IN ('NONE', 'FREE', 'FLAT')
        AND restricted_entry IN ('DENY', 'CHARGE_AS_VISITOR')
        AND restricted_exit IN ('REQUIRE_PAYMENT', 'CHARGE_AS_VISITOR', 'ALLOW_WITH_NOTICE')
        AND anti_passback IN ('OFF', 'SOFT', 'STRICT')),
    CONSTRAINT lot_rules_minutes_sane CHECK (free_minutes BETWEEN 0 AND 14400
        AND first_segment_minutes BETWEEN 1 AND 1440 AND step_minutes BETWEEN 1 AND 1440 AND reentry_minutes >= 0),
    -- VisitorTariff.MAX_PRICE: 1,000,000.00 yuan
    CONSTRAINT lot_rules_prices_sane CHECK (first_segment_price BETWEEN 0 AND 100000000
        AND step_price BETWEEN 0 AND 100000000 AND daily_cap BETWEEN 0 AND 100000000
        AND night_price BETWEEN 0 AND 100000000),
    CONSTRAINT lot_rules_night_sane CHECK (night = 'NONE' OR (night_start_minute BETWEEN 0 AND 1439
        AND night_end_minute BETWEEN 0 AND 1439 AND night_start_minute <> night_end_minute)),
    CONSTRAINT lot_rules_counts_sane CHECK (reserved_for_pass_holders >= 0 AND expiry_warning_days >= 0
        AND prepaid_grace_minutes >= 0 AND fuzzy_min_confidence BETWEEN 0 AND 101)
);
