// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Records (and other classes bound through a public constructor) built through a method handle that
 * takes the argument array as it is. Jackson 3.3 calls a creator with {@code
 * MethodHandle.invokeWithArguments}, which on Java 17 builds a spreading adapter on every call: a
 * fifth of the time spent binding a case. The handle here is spread once per type; the arguments,
 * their checks and the errors a constructor throws are Jackson's as before ({@code CaseBindingTest}
 * compares the bound records and the error messages with a mapper without this module). Register
 * {@link #module()} on a mapper.
 */
public final class RecordCreators {

  private RecordCreators() {}

  public static SimpleModule module() {
    return new SimpleModule("crosscheck-record-creators") {
      @Override
      public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addValueInstantiators(new SpreadOnce());
      }
    };
  }

  private static final class SpreadOnce extends ValueInstantiators.Base {
    @Override
    public ValueInstantiator modifyValueInstantiator(
        DeserializationConfig config,
        BeanDescription.Supplier beanDescRef,
        ValueInstantiator instantiator) {
      // only Jackson's own instantiator for a public constructor: anything else keeps its behaviour
      if (instantiator.getClass() == StdValueInstantiator.class
          && ((StdValueInstantiator) instantiator).getWithArgsCreator()
              instanceof AnnotatedConstructor creator
          && Modifier.isPublic(creator.getAnnotated().getModifiers())
          && Modifier.isPublic(creator.getDeclaringClass().getModifiers())) {
        return new Spread((StdValueInstantiator) instantiator, creator.getAnnotated());
      }
      return instantiator;
    }
  }

  private static final class Spread extends StdValueInstantiator {
    private final MethodHandle create;

    Spread(StdValueInstantiator jacksons, Constructor<?> constructor) {
      super(jacksons);
      try {
        create =
            MethodHandles.publicLookup()
                .unreflectConstructor(constructor)
                .asSpreader(Object[].class, constructor.getParameterCount())
                .asType(MethodType.methodType(Object.class, Object[].class));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public Object createFromObjectWith(DeserializationContext ctxt, Object[] args) {
      try {
        return create.invokeExact(args);
      } catch (Exception e) {
        // as StdValueInstantiator does: the constructor's own exception, wrapped with the type
        return ctxt.handleInstantiationProblem(_valueClass, args, rewrapCtorProblem(ctxt, e));
      } catch (Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException(t);
      }
    }
  }
}
