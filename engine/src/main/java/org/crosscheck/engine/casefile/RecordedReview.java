// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * `recordedReview` (optional, added to format v1 for audits): the judgment a clinician reviewer
 * recorded for a historical case, compared with the engine's decision in an audit (Cohen's kappa).
 * Evaluation ignores it.
 *
 * @param appropriate the reviewer judged the procedure appropriate (would have approved it)
 * @param reviewer who reviewed, or null
 */
public record RecordedReview(Boolean appropriate, String reviewer) {}
