-- PostgreSQL's V50 makes indexes that HSQLDB has already: one for every foreign key (HSQLDB makes
-- them by itself) and one for the plate's prefix match (HSQLDB's plain index serves LIKE 'x%').
-- Nothing to do here; the version keeps both databases on one line of versions.
VALUES (1);
