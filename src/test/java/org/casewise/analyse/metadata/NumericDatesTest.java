package org.casewise.analyse.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class NumericDatesTest {

    @Test
    void twoDigitYearsAfterADateWordAreWrittenOut() {
        assertEquals("On 12.11.2013 officers attended. Child L (DOB 17.05.2006) was there.",
                NumericDates.expand("On 12.11.13 officers attended. Child L (DOB 17.05.06) was there."));
        assertEquals("mother (DOB 22.03.1979)", NumericDates.expand("mother (DOB 22.03.79)"), "a year after next year's is the last century's");
        assertEquals("decided on 09/12/2013 that", NumericDates.expand("decided on 09/12/13 that"));
    }

    @Test
    void paragraphNumbersFourDigitYearsAndImpossibleDatesStay() {
        String paragraph = "5.1.13 The social worker visited.";
        assertSame(paragraph, NumericDates.expand(paragraph), "a paragraph number is not a date");
        assertEquals("On 12.11.2013 officers attended.", NumericDates.expand("On 12.11.2013 officers attended."));
        assertEquals("On 41.13.13 nothing.", NumericDates.expand("On 41.13.13 nothing."));
        assertEquals("see section (4.2.1)", NumericDates.expand("see section (4.2.1)"));
    }
}
