-- The audit trail is append-only: the database refuses UPDATE and DELETE (an H2 trigger written in Java).
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    CALL 'org.crosscheck.api.audit.AppendOnlyTrigger';
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    CALL 'org.crosscheck.api.audit.AppendOnlyTrigger';
