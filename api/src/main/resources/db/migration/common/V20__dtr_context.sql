-- Da Vinci DTR: the documentation form of a pending order. The case the order's record was mapped to (PHI, as the
-- screenings store theirs) is kept so that the form asks what this record lacks; the clinician's answers are kept
-- apart from it (a QuestionnaireResponse, FHIR JSON) and applied to a copy, so the record's case is never changed.
CREATE TABLE dtr_context (
    id               VARCHAR(36)  PRIMARY KEY,
    card_uuid        VARCHAR(36)  NOT NULL,
    service_id       VARCHAR(100) NOT NULL,
    client_iss       VARCHAR(500),
    order_ref        VARCHAR(200) NOT NULL,
    patient_id       VARCHAR(200) NOT NULL,
    procedure_code   VARCHAR(40)  NOT NULL,
    coverage_ref     VARCHAR(200),
    case_json        TEXT         NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    answers_json     TEXT,
    answered_by      VARCHAR(200),
    answered_at      TIMESTAMP WITH TIME ZONE
);
-- the latest answers for an order (re-signed after the form): by order, patient and client
CREATE INDEX dtr_context_order ON dtr_context (order_ref, patient_id, answered_at);
