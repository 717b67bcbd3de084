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
package org.openhab.binding.ultrastream.client;

import static org.junit.jupiter.api.Assertions.*;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks the serial number rules against the document's examples and each rule's boundaries.
 */
@NonNullByDefault
class SerialNumberTest {

    @ParameterizedTest
    @ValueSource(strings = { "C301170101001", // BLE section example
            "A302190719003", // multicast example
            "C301171116015", "C301181214002", // get-info examples
            "Z999271231999", // upper bounds
            "A000170101000" // lower bounds
    })
    void acceptsTheDocumentsSerials(String serial) {
        assertTrue(SerialNumber.isValid(serial));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "C30117010100", "C3011701010011", // length
            "c301170101001", "1301170101001", "@301170101001", "[301170101001", // first letter
            "C30117010100A", "C3O1170101001", "C301170101 01", // digits
            "C301160101001", "C301280101001", // year 17-27
            "C301170001001", "C301171301001", // month 01-12
            "C301170100001", "C301170132001", // day 01-31
            "C301170101001\n", "C３01170101001" // trailing control character, full-width digit
    })
    void rejectsSerialsThatBreakARule(String serial) {
        assertFalse(SerialNumber.isValid(serial));
    }

    @Test
    void rejectsNull() {
        assertFalse(SerialNumber.isValid(null));
    }
}
