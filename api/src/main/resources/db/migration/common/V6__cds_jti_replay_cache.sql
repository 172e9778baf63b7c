-- CDS Hooks client JWTs already used (iss + jti), kept until they expire: every instance of the service refuses a
-- token another instance has seen. Expired rows are purged by the service.
CREATE TABLE cds_jti (
    iss         VARCHAR(500) NOT NULL,
    jti         VARCHAR(500) NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (iss, jti)
);
CREATE INDEX cds_jti_expiry ON cds_jti (expires_at);
