import "server-only";

// The store's schema, one step per version, applied in order inside a transaction; `PRAGMA user_version` records
// how far a database got. A step is never edited once released: a change is a new step at the end.
export const MIGRATIONS: readonly string[] = [
  // 1: accounts, browser sessions, API tokens, the audit log.
  `
  CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    role TEXT NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
    password_hash TEXT,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  );
  -- A session is kept by the hash of its cookie value only: a copy of the database opens no browser.
  CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('local', 'team')),
    user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
    address TEXT,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    revoked_at INTEGER
  );
  CREATE INDEX sessions_user ON sessions(user_id);
  CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL,
    last_used_at INTEGER,
    revoked_at INTEGER
  );
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    role TEXT,
    address TEXT,
    verb TEXT NOT NULL,
    resource TEXT NOT NULL,
    outcome TEXT NOT NULL,
    status INTEGER,
    detail TEXT
  );
  CREATE INDEX audit_at ON audit_log(at);
  -- Append-only: the log of who did what cannot be edited through Berth's own connection either.
  CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
  `,
  // 2: one-time links to set a password (a new account made without one, or a reset), kept as their hash.
  `
  ALTER TABLE users ADD COLUMN setup_hash TEXT;
  ALTER TABLE users ADD COLUMN setup_expires_at INTEGER;
  `,
  // 3: single sign-on. An account either has a password (local) or is the provider's (issuer + subject, unique).
  `
  ALTER TABLE users ADD COLUMN source TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'oidc'));
  ALTER TABLE users ADD COLUMN oidc_issuer TEXT;
  ALTER TABLE users ADD COLUMN oidc_subject TEXT;
  CREATE UNIQUE INDEX users_oidc_identity ON users(oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;
  `,
  // 4: the registries the user added and the logins Berth remembers (were registries.json and credentials.json).
  // The password or token is sealed (AES-256-GCM, secret-box.ts): its random IV, the ciphertext, the auth tag.
  `
  CREATE TABLE registries (
    id TEXT PRIMARY KEY,
    address TEXT NOT NULL UNIQUE,
    name TEXT,
    added_at INTEGER NOT NULL
  );
  CREATE TABLE registry_logins (
    address TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    secret_iv BLOB NOT NULL,
    secret BLOB NOT NULL,
    secret_tag BLOB NOT NULL,
    saved_at INTEGER NOT NULL
  );
  `,
  // 5: a single sign-on session keeps the provider's ID token, to end the provider's session too when the user signs
  // out of Berth (RP-initiated logout's id_token_hint). Sealed like a registry password; cleared when the session ends.
  `
  ALTER TABLE sessions ADD COLUMN id_token_iv BLOB;
  ALTER TABLE sessions ADD COLUMN id_token BLOB;
  ALTER TABLE sessions ADD COLUMN id_token_tag BLOB;
  `,
];
