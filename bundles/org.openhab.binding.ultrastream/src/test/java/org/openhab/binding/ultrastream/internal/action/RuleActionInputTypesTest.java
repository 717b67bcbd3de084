/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.ultrastream.internal.action;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.openhab.core.automation.annotation.ActionInput;
import org.openhab.core.automation.annotation.RuleAction;

/**
 * Every rule action can be used from openHAB's UI rule editor. openHAB 5.2.1 turns each input of a thing action into
 * a configuration parameter ({@code ActionInputsHelper.mapActionInputToConfigDescriptionParameter}); an input of any
 * other type hides the whole action from the UI ("has an input with an unsupported type, hiding it in the UI"). The
 * input's type is the {@link ActionInput#type()} when given, else the parameter's canonical class name
 * ({@code AnnotationActionModuleTypeHelper}), so {@code List<String>} counts as {@code java.util.List}.
 *
 * @author Ultra Stream binding contributors - Initial contribution
 */
@NonNullByDefault
class RuleActionInputTypesTest {

    /** The types openHAB 5.2.1's ActionInputsHelper maps to a parameter, as read at that tag. */
    static final Set<String> SUPPORTED = Set.of("boolean", "java.lang.Boolean", "byte", "short", "int", "long",
            "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "float", "double",
            "java.lang.Float", "java.lang.Double", "java.lang.Number", "org.openhab.core.library.types.DecimalType",
            "java.lang.String", "java.time.LocalDate", "java.time.LocalTime", "java.time.LocalDateTime",
            "java.util.Date", "java.time.ZonedDateTime", "java.time.Instant", "java.time.Duration");

    /** ...and a QuantityType of a named dimension, given as the input's type, e.g. {@code QuantityType<Time>}. */
    static final Pattern QUANTITY = Pattern
            .compile("([a-z0-9]+\\.)*QuantityType<([a-z0-9]+\\.)*(?<dimension>[A-Z][a-zA-Z0-9]*)>");

    @Test
    void everyInputOfEveryRuleActionHasATypeTheRuleEditorCanOffer() {
        List<String> unsupported = new ArrayList<>();
        int actions = 0;
        for (Method method : UltraStreamActions.class.getMethods()) {
            if (method.getAnnotation(RuleAction.class) == null) {
                continue;
            }
            actions++;
            for (Parameter parameter : method.getParameters()) {
                ActionInput input = parameter.getAnnotation(ActionInput.class);
                assertNotNull(input, method.getName() + " has an input without @ActionInput");
                String type = inputType(parameter);
                if (!supported(type)) {
                    unsupported.add(method.getName() + "(" + input.name() + ": " + type + ")");
                }
            }
        }
        assertTrue(actions >= 20, "the rule actions were not found: " + actions);
        assertEquals(List.of(), unsupported, "inputs that would hide their action in openHAB's rule editor");
    }

    @Test
    void theCheckRefusesWhatOpenHabRefuses() throws Exception {
        Method listInput = Probe.class.getMethod("delete", List.class);
        assertFalse(supported(inputType(listInput.getParameters()[0])), "a List hides the action");
        assertFalse(supported("org.openhab.core.library.types.QuantityType"), "a QuantityType needs its dimension");
        assertTrue(supported("QuantityType<Time>"));
        assertTrue(supported("int") && supported("java.lang.String"));
    }

    /** As openHAB derives it: the declared type, else the parameter's canonical class name. */
    private static String inputType(Parameter parameter) {
        ActionInput input = parameter.getAnnotation(ActionInput.class);
        return input != null && !input.type().isEmpty() ? input.type() : parameter.getType().getCanonicalName();
    }

    private static boolean supported(String type) {
        return SUPPORTED.contains(type) || QUANTITY.matcher(type).matches();
    }

    /** An action with the input type the binding used to have. */
    public static class Probe {
        public boolean delete(@ActionInput(name = "names") List<String> names) {
            return names.isEmpty();
        }
    }
}
