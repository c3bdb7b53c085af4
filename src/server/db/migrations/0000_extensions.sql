-- Trigram search on names (regions now, persons later). Available on PGlite (contrib) and PostgreSQL.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
