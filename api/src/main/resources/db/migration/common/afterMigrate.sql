-- After every migration (Flyway callback): what the service's database role may do, when the deployment runs the
-- service as a role of its own (the Flyway placeholder service_role, from CROSSCHECK_DB_SERVICE_ROLE; api/README.md).
-- It reads and writes the tables, but only appends to the audit trail: no UPDATE, DELETE or TRUNCATE there, and,
-- not owning any table, it can neither alter, disable triggers on, nor drop one.
DO $$
DECLARE
    service_role TEXT := '${service_role}';
BEGIN
    IF service_role = '' THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', service_role);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', service_role);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', service_role);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_event FROM %I', service_role);
    EXECUTE format('REVOKE DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit_chain_head FROM %I', service_role);
    EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', service_role);
    EXECUTE format('GRANT SELECT ON flyway_schema_history TO %I', service_role);
END
$$;
