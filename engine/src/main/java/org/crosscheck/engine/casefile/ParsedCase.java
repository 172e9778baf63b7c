// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * A validated case and the SHA-256 of the bytes it was read from (for the evaluation's provenance).
 */
public record ParsedCase(CaseFile caseFile, String inputSha256) {}
