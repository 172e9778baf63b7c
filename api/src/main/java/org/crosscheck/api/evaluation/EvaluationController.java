// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.api.evaluation;

import org.crosscheck.engine.json.EvaluationJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/evaluations}: a case in (format v1), its evaluation out (output v1,
 * byte-reproducible). Nothing is stored: the self-check page and what-if calls use it.
 */
@RestController
@RequestMapping("/api/v1/evaluations")
class EvaluationController {

  private final EvaluationService evaluations;

  EvaluationController(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @PostMapping(
      consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<byte[]> evaluate(@RequestBody byte[] body) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(EvaluationJson.toJsonBytes(evaluations.evaluate(body).evaluation()));
  }
}
