-- The texts of the lanes' LED screens the office changed (screen.* keys, per language); the
-- others come from the translation files.
CREATE TABLE lane_screen_text (
    text_key   VARCHAR(40)  NOT NULL,
    language   VARCHAR(8)   NOT NULL,
    text       VARCHAR(100) NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT lane_screen_text_pk PRIMARY KEY (text_key, language)
);
