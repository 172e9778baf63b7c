// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reads the audit trail and verifies its hash chain (auditors, admins). There is no endpoint that
 * changes it.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

  private final AuditTrail trail;
  private final AuditChain chain;

  AuditController(AuditTrail trail, AuditChain chain) {
    this.trail = trail;
    this.chain = chain;
  }

  @GetMapping
  List<AuditEvent> events(@RequestParam String entityId) {
    return trail.forEntity(entityId);
  }

  /** Recomputes every link of the chain: intact, or the first row where it breaks and why. */
  @GetMapping("/chain")
  AuditChain.Verification verify() {
    return chain.verify();
  }
}
