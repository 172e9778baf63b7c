// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Administrative sex (`patient.sex`), lower case as in FHIR's AdministrativeGender. */
public enum Sex {
  @JsonProperty("male")
  MALE,
  @JsonProperty("female")
  FEMALE,
  @JsonProperty("other")
  OTHER,
  @JsonProperty("unknown")
  UNKNOWN
}
