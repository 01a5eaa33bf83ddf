-- 0009: server-side sign-in sessions. The cookie carries a random id; this table holds its SHA-256, so signing out
-- (or an admin disabling the account) ends the session at once on every portal instance.

CREATE TABLE user_sessions (
    id character varying(64) NOT NULL,
    user_id text NOT NULL,
    created_at timestamp with time zone NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    revoked_at timestamp with time zone,
    CONSTRAINT pk_user_sessions PRIMARY KEY (id),
    CONSTRAINT fk_user_sessions_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_user_sessions_user_id ON user_sessions (user_id);
