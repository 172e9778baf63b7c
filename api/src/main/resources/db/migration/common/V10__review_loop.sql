-- The collaborative second review (issue 14): the messages a reviewer sends the requester, claim activity for the
-- idle release, and screening statuses that follow the review. Portable SQL (PostgreSQL and the embedded H2).

-- When the claimer last worked on the review (claim, reassignment, return after information, opening the case):
-- a claim idle beyond crosscheck.review.claim-idle-after is released.
ALTER TABLE review ADD COLUMN active_at TIMESTAMP WITH TIME ZONE;
UPDATE review SET active_at = claimed_at WHERE claimed_at IS NOT NULL;

-- What a reviewer tells the requester: a request for information (the note and the case fields asked for) or the
-- determination (the note is the reviewer's rationale). Appended, never changed.
CREATE TABLE review_message (
    id                 VARCHAR(36)  PRIMARY KEY,
    review_id          VARCHAR(36)  NOT NULL REFERENCES review (id),
    screening_id       VARCHAR(36)  NOT NULL REFERENCES screening (id),
    screening_version  INTEGER      NOT NULL,
    kind               VARCHAR(20)  NOT NULL,
    author             VARCHAR(200) NOT NULL,
    note               TEXT         NOT NULL,
    items              TEXT         NOT NULL,
    decision           VARCHAR(20)  NOT NULL,
    alternative        VARCHAR(40),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_message_screening ON review_message (screening_id, created_at);
CREATE INDEX review_message_review ON review_message (review_id, created_at);

-- Integrations poll for changes (GET /screenings?updatedSince=); requesters list their own.
CREATE INDEX screening_updated ON screening (updated_at, id);
CREATE INDEX screening_submitter ON screening (submitted_by, updated_at);
CREATE INDEX review_decided ON review (decided_at);

-- Screenings decided before this migration: the status follows their latest review.
UPDATE screening SET status = (
    SELECT CASE r.decision WHEN 'CONCUR' THEN 'APPROVED' WHEN 'OVERTURN' THEN 'NOT_APPROVED'
                           ELSE 'INFO_REQUESTED' END
    FROM review r
    WHERE r.screening_id = screening.id
      AND r.created_at = (SELECT MAX(r2.created_at) FROM review r2 WHERE r2.screening_id = screening.id))
WHERE EXISTS (
    SELECT 1 FROM review r
    WHERE r.screening_id = screening.id AND r.status IN ('DECIDED', 'INFO_REQUESTED')
      AND r.screening_version = screening.current_version
      AND r.created_at = (SELECT MAX(r2.created_at) FROM review r2 WHERE r2.screening_id = screening.id));
