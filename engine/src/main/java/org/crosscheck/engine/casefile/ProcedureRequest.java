// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.util.List;

/** `request`: what is asked for, how urgently, for which coronary targets, by whom and where. */
public record ProcedureRequest(
    Procedure procedure,
    Urgency urgency,
    List<Coding> codes,
    List<Segment> targets,
    Party requester,
    Party facility) {

  public ProcedureRequest {
    codes = CaseFile.copy(codes);
    targets = CaseFile.copy(targets);
  }

  public ProcedureRequest withProcedure(Procedure value) {
    return new ProcedureRequest(value, urgency, codes, targets, requester, facility);
  }
}
