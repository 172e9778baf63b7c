// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

/**
 * PROSPECTIVE: the request waits for the review. RETROSPECTIVE: an emergency, never delayed,
 * reviewed afterwards.
 */
public enum ReviewKind {
  PROSPECTIVE,
  RETROSPECTIVE
}
