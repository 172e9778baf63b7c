// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates written as the case format writes them ({@code YYYY-MM-DD}, ten characters) read with
 * {@link LocalDate#of} instead of a {@code DateTimeFormatter}, a tenth of the time spent binding a
 * case. Anything else, an impossible date ({@code 2026-02-30}) included, is read by Jackson's own
 * deserializer, whose result and errors are unchanged ({@code CaseBindingTest} binds cases with
 * good and bad dates with and without this module); so is a date field that names its own format.
 * Register {@link #module()} on a mapper.
 */
public final class IsoDates {

  private IsoDates() {}

  public static SimpleModule module() {
    return new SimpleModule("crosscheck-iso-dates")
        .addDeserializer(LocalDate.class, new Deserializer());
  }

  /**
   * Jackson's date deserializer, with its copies for a property's format, leniency or shape: only
   * the ISO format takes the short way.
   */
  private static final class Deserializer extends LocalDateDeserializer {

    Deserializer() {
      super(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    private Deserializer(Deserializer base, DateTimeFormatter format) {
      super(base, format);
    }

    private Deserializer(Deserializer base, Boolean leniency) {
      super(base, leniency);
    }

    private Deserializer(Deserializer base, JsonFormat.Shape shape) {
      super(base, shape);
    }

    @Override
    protected LocalDateDeserializer withDateFormat(DateTimeFormatter format) {
      return new Deserializer(this, format);
    }

    @Override
    protected LocalDateDeserializer withLeniency(Boolean leniency) {
      return new Deserializer(this, leniency);
    }

    @Override
    protected LocalDateDeserializer withShape(JsonFormat.Shape shape) {
      return new Deserializer(this, shape);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
      if (_formatter == DateTimeFormatter.ISO_LOCAL_DATE && p.hasToken(JsonToken.VALUE_STRING)) {
        LocalDate date = isoDate(p.getString());
        if (date != null) {
          return date;
        }
      }
      return super.deserialize(p, ctxt);
    }

    /** The date of {@code YYYY-MM-DD}, or {@code null} when the text is not exactly that. */
    private static LocalDate isoDate(String text) {
      if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
        return null;
      }
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if (year < 0 || month < 0 || day < 0) {
        return null;
      }
      try {
        return LocalDate.of(year, month, day);
      } catch (DateTimeException e) {
        return null; // Jackson's deserializer reports it
      }
    }

    private static int digits(String text, int from, int to) {
      int n = 0;
      for (int i = from; i < to; i++) {
        char c = text.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }
  }
}
