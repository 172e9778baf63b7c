// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.casefile;

/** `patient`: demographics. None of these choose a revascularization criterion row. */
public record Patient(Integer ageYears, Sex sex, Boolean diabetes) {}
