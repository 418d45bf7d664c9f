package org.casewise.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CaseIdentityTest {

    @Test
    void theSameCaseIsRecognisedAcrossSummaryAndOverviewTitles() {
        assertEquals(Optional.of("child v5"),
                CaseIdentity.pseudonym("Executive Summary of the Serious Case Review into Child V5"));
        assertEquals(Optional.of("child v5"),
                CaseIdentity.pseudonym("Overview Report of the Serious Case Review in respect of Child V5"));
        assertEquals(Optional.of("baby t"), CaseIdentity.pseudonym("Local Child Safeguarding Practice Review: Baby T"));
        assertEquals(Optional.of("children b and c"), CaseIdentity.pseudonym("SCR Children B and C"));
        assertEquals(Optional.of("family x"), CaseIdentity.pseudonym("Learning review: Family X (2019)"));
    }

    @Test
    void wordsThatAreNotPseudonymsAreNotTakenForOne() {
        assertEquals(Optional.empty(), CaseIdentity.pseudonym("Child protection in a rural county"));
        assertEquals(Optional.empty(), CaseIdentity.pseudonym("Annual report 2019"));
        assertEquals(Optional.empty(), CaseIdentity.pseudonym(null));
        // A different child of the same board and year is another case.
        assertFalse(CaseIdentity.pseudonym("Child V5").equals(CaseIdentity.pseudonym("Child V6")));
    }

    @Test
    void summariesAndOverviewsAreToldApart() {
        assertTrue(CaseIdentity.isSummary("EXECUTIVE SUMMARY - Child Q"));
        assertFalse(CaseIdentity.isSummary("Overview report: Child Q"));
        assertTrue(CaseIdentity.isOverview("Overview Report of the Serious Case Review in respect of Child V5"));
    }
}
