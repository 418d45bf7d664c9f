package org.casewise.analyse.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.casewise.analyse.Agencies;
import org.casewise.analyse.GateText;
import org.junit.jupiter.api.Test;

/**
 * Agencies are counted in the account, only in its kept lines, instead of in a copy of the kept
 * lines: the same counts and order of first mention on random accounts.
 */
class AgencyInvolvementTest {

    private static final String[] PIECES = {"police", "Police officer", "officers", "school", "school nurse", "schools",
        "health visitor", "HV", "GP", "gps", "A&E", "A & E", "hospital", "ward", "towards", "crew", "CSC", "MASH",
        "children's social care", "social worker", "panel", "Panel member", "glossary", "thanks ", "contents",
        "Chaired", "chair", "GP - General Practitioner", "1.2", "Theme 3", "learning about", "midwife", "nursery",
        "housing", "probation", "YOT", "refuge", "church", "temple", " ", " ", ", ", ". ", "-", "\n", "\n", "\r\n",
        "\r", "\n\n", "the", "and", "Child A"};

    private static List<String> counted(List<Agencies.Mention> mentions) {
        return mentions.stream().map(m -> m.id() + "x" + m.count()).toList();
    }

    /** The kept lines copied out, each ended by '\n': the body agencies were counted in before. */
    private static String copyOfKeptLines(String account) {
        int[] kept = AgencyInvolvement.keptLines(new GateText(account));
        StringBuilder out = new StringBuilder(account.length());
        for (int k = 0; k < kept.length; k += 2) {
            out.append(account, kept[k], kept[k + 1]).append('\n');
        }
        return out.toString();
    }

    @Test
    void countsInKeptLinesAsInTheirCopy() {
        Random r = new Random(21);
        int mentions = 0;
        for (int i = 0; i < 2_000; i++) {
            String account = RandomText.of(r, PIECES, r.nextInt(80));
            String body = copyOfKeptLines(account);
            GateText text = new GateText(account);
            int[] kept = AgencyInvolvement.keptLines(text);
            List<Agencies.Mention> inCopy = Agencies.mentions(new GateText(body), at -> true);
            assertEquals(counted(inCopy), counted(Agencies.mentions(text, at -> AgencyInvolvement.inKeptLine(kept, at))),
                    account);
            assertEquals(body.length(), AgencyInvolvement.keptLength(kept), account);
            mentions += inCopy.size();
        }
        assertTrue(mentions > 2_000, "the random accounts name agencies: " + mentions);
    }

    @Test
    void aFamilysTenureIsNoContactWithHousing() {
        String tenure = "4.1 Kai lived with his mother and his sister in a housing association house. The family is White British.\n"
                + "Jamie lived with his mother in a Northern Ireland Housing Executive house in Lisburn.\n";
        assertTrue(AgencyInvolvement.involved(tenure, List.of()).isEmpty(), AgencyInvolvement.involved(tenure, List.of()).toString());
        String contact = "The housing association's tenancy manager visited twice about rent arrears.\n";
        assertEquals(List.of("housing"), AgencyInvolvement.involved(contact, List.of()));
    }
}
