-- An Idempotency-Key belongs to the user who sent it: two users may use the same key for different requests.
ALTER TABLE screening DROP CONSTRAINT screening_idempotency_key_key;
ALTER TABLE screening ADD CONSTRAINT screening_idempotency_key_per_user UNIQUE (submitted_by, idempotency_key);
