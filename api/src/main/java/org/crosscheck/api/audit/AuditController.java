// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.audit;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reads the audit trail (auditors, admins). There is no endpoint that changes it. */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

  private final AuditTrail trail;

  AuditController(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  List<AuditEvent> events(@RequestParam String entityId) {
    return trail.forEntity(entityId);
  }
}
