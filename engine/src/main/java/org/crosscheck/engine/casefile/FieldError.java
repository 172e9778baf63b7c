// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/**
 * A problem with one field of a case: its path (e.g. {@code anatomy.lesions[0].segment}) and what
 * is wrong.
 */
public record FieldError(String path, String message) {
  @Override
  public String toString() {
    return path.isEmpty() ? message : path + ": " + message;
  }
}
