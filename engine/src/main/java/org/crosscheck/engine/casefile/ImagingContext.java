// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** `imaging`: the clinical question of an imaging request. */
public record ImagingContext(ImagingQuestion question, CadProbability cadProbability, ImagingSymptoms symptoms) {}
