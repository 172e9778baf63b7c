// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.review;

/**
 * The second reviewer's decision, and what it decides for the request (the screening's status
 * follows it, see {@code ScreeningStatus}):
 *
 * <ul>
 *   <li>CONCUR: the reviewer agrees with the requested procedure; the request is approved as
 *       submitted.
 *   <li>OVERTURN: the reviewer does not agree; the request is not approved and the reviewer names
 *       the alternative recommended instead (CABG, medical therapy, another test, ...), with the
 *       specific reason.
 *   <li>REQUEST_INFO: more documentation is needed: the note and the case fields asked for go to
 *       the requester; the review comes back to the same reviewer when the requester supplies a new
 *       version of the case.
 * </ul>
 */
public enum ReviewDecision {
  CONCUR,
  OVERTURN,
  REQUEST_INFO
}
