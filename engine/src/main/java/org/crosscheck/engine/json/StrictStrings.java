// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.json;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text fields take JSON strings only (a number is a type error, never coerced to text) and refuse
 * what no clinical text holds and PostgreSQL cannot store: the NUL character and unpaired UTF-16
 * surrogates (escapes such as {@code "\ud800"} that encode no character). Register {@link
 * #module()} on a mapper; the error names the field.
 */
public final class StrictStrings {

  private StrictStrings() {}

  public static SimpleModule module() {
    return new SimpleModule("crosscheck-strict-strings")
        .addDeserializer(String.class, new Deserializer());
  }

  /** Why {@code text} is not acceptable, or {@code null} when it is. */
  public static String problem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return "contains the NUL character (\\u0000), which is not allowed in text";
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return "contains an unpaired surrogate (\\u"
            + Integer.toHexString(c)
            + "), which is not a character";
      }
      if (Character.isLowSurrogate(c)) {
        return "contains an unpaired surrogate (\\u"
            + Integer.toHexString(c)
            + "), which is not a character";
      }
    }
    return null;
  }

  private static final class Deserializer extends StdScalarDeserializer<String> {

    Deserializer() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        return (String) ctxt.handleUnexpectedToken(String.class, p);
      }
      String text = p.getString();
      String problem = problem(text);
      if (problem != null) {
        throw InvalidFormatException.from(p, problem, "", String.class);
      }
      return text;
    }
  }
}
