// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.security;

/**
 * The service's roles. REQUESTER submits screenings and reads its own; REVIEWER works the review
 * queue; AUDITOR reads everything and the audit trail; ADMIN operates the service (and may do what
 * a requester does); CLINICIAN checks a plan on the self-check page (the stateless evaluation only:
 * nothing stored, nothing of others read).
 */
public final class Roles {
  public static final String REQUESTER = "REQUESTER";
  public static final String REVIEWER = "REVIEWER";
  public static final String AUDITOR = "AUDITOR";
  public static final String ADMIN = "ADMIN";
  public static final String CLINICIAN = "CLINICIAN";

  private Roles() {}
}
