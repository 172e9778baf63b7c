// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A case that cannot be evaluated, with every problem found, each naming its field. Nothing is
 * half-evaluated.
 */
public class InvalidCaseException extends RuntimeException {
  private final List<FieldError> errors;

  public InvalidCaseException(List<FieldError> errors) {
    super(errors.stream().map(FieldError::toString).collect(Collectors.joining("; ")));
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
