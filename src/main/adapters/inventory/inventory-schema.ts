/**
 * The inventory's schema, one migration per version (`PRAGMA user_version` says which ran).
 * A migration is never edited once released: a change is a new entry at the end. Times are
 * milliseconds since the epoch (INTEGER), so ordering and comparing them is plain SQL.
 */
export type Migration = { version: number; sql: string };

export const INVENTORY_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE certificates (
        sha256 TEXT PRIMARY KEY,
        der BLOB NOT NULL,
        subject TEXT NOT NULL,
        issuer TEXT NOT NULL,
        subject_fields TEXT NOT NULL,
        issuer_fields TEXT NOT NULL,
        serial TEXT NOT NULL,
        not_before INTEGER NOT NULL,
        not_after INTEGER NOT NULL,
        igc TEXT,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX certificates_by_expiry ON certificates (not_after);

      CREATE TABLE locations (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES certificates (sha256) ON DELETE CASCADE,
        source TEXT NOT NULL,
        locator TEXT NOT NULL,
        first_seen INTEGER NOT NULL,
        last_seen INTEGER NOT NULL,
        gone_at INTEGER,
        UNIQUE (source, locator, sha256)
      ) STRICT;
      CREATE INDEX locations_by_certificate ON locations (sha256);

      CREATE TABLE status_history (
        id INTEGER PRIMARY KEY,
        sha256 TEXT NOT NULL REFERENCES certificates (sha256) ON DELETE CASCADE,
        status TEXT NOT NULL,
        at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX status_history_by_certificate ON status_history (sha256, id);

      CREATE TABLE acknowledgements (
        sha256 TEXT NOT NULL REFERENCES certificates (sha256) ON DELETE CASCADE,
        threshold_days INTEGER NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (sha256, threshold_days)
      ) STRICT;

      CREATE TABLE notifications (
        sha256 TEXT NOT NULL REFERENCES certificates (sha256) ON DELETE CASCADE,
        threshold_days INTEGER NOT NULL,
        at INTEGER NOT NULL,
        PRIMARY KEY (sha256, threshold_days)
      ) STRICT;

      CREATE TABLE snoozes (
        sha256 TEXT PRIMARY KEY REFERENCES certificates (sha256) ON DELETE CASCADE,
        until INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE scan_cache (
        path TEXT PRIMARY KEY,
        size INTEGER NOT NULL,
        mtime_ms REAL NOT NULL,
        content_sha256 TEXT NOT NULL,
        certificates TEXT NOT NULL,
        error TEXT,
        scanned_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE endpoint_checks (
        locator TEXT PRIMARY KEY,
        checked_at INTEGER NOT NULL,
        error_code TEXT,
        error_message TEXT,
        protocol TEXT,
        served TEXT NOT NULL,
        hostname_match INTEGER,
        hostname_error TEXT,
        chain TEXT,
        served_in_order INTEGER,
        leaf_expired INTEGER
      ) STRICT;
    `,
  },
  {
    // Per-certificate reminder settings and revocation checks. IF NOT EXISTS: development
    // builds briefly had them in version 1.
    version: 2,
    sql: `
      -- 0 when the certificate names no CRL: a revocation sweep never reads it.
      ALTER TABLE certificates ADD COLUMN names_crl INTEGER NOT NULL DEFAULT 1;

      -- A certificate's own reminder settings; a NULL column keeps the global value.
      -- thresholds: a JSON array of whole days, farthest first, no duplicates.
      CREATE TABLE IF NOT EXISTS certificate_deadlines (
        sha256 TEXT PRIMARY KEY REFERENCES certificates (sha256) ON DELETE CASCADE,
        thresholds TEXT,
        renew_now_days INTEGER,
        CHECK (thresholds IS NOT NULL OR renew_now_days IS NOT NULL)
      ) STRICT;

      -- The last revocation check of a certificate (CRL or OCSP), one row per certificate.
      -- status: good | revoked | unknown; detail says what was read or why nothing could be.
      CREATE TABLE IF NOT EXISTS revocation_checks (
        sha256 TEXT PRIMARY KEY REFERENCES certificates (sha256) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('good', 'revoked', 'unknown')),
        checked_at INTEGER NOT NULL,
        revoked_at INTEGER,
        reason TEXT,
        cause TEXT CHECK (cause IN ('no-source', 'no-issuer', 'unreachable')),
        fresh_until INTEGER,
        detail TEXT NOT NULL
      ) STRICT;
    `,
  },
];
