package org.casewise.analyse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry file's integrity, and board names as reports actually print them. */
class BoardRegistryTest {

    static final Set<String> NATIONS = Set.of("england", "wales", "scotland", "northern-ireland");
    static final Set<String> REGIONS = Set.of("north-east", "north-west", "yorkshire-humber", "east-midlands",
            "west-midlands", "east", "london", "south-east", "south-west");
    static BoardRegistry registry;

    @BeforeAll
    static void load() throws IOException {
        registry = new BoardRegistry();
        try (Reader r = Files.newBufferedReader(Path.of("datasets/boards.csv"))) {
            registry.loadFrom(r);
        }
    }

    @Test
    void everyBoardHasAValidNationAndRegion() {
        long england = 0;
        for (Board b : registry.all()) {
            assertTrue(NATIONS.contains(b.nation()), b.id() + " nation " + b.nation());
            if ("england".equals(b.nation())) {
                england++;
                assertTrue(REGIONS.contains(b.region()), b.id() + " region " + b.region());
            } else {
                assertNull(b.region(), b.id() + " has a region outside England");
            }
        }
        assertTrue(england >= 150, "at least 150 English boards, found " + england);
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = ';', value = {
            "Birmingham Safeguarding Children Board; birmingham",
            "Kent LSCB; kent",
            "KENT SAFEGUARDING CHILDREN BOARD; kent",
            "Leeds Safeguarding Children Partnership; leeds",
            "Cardiff and Vale Regional Safeguarding Board; cardiff-and-vale",
            "Glasgow Child Protection Committee; glasgow",
            "Newcastle Safeguarding Children Board; newcastle",
            "Tower Hamlets Safeguarding Children Partnership; tower-hamlets"})
    void printedNamesResolve(String printed, String id) {
        Optional<Board> board = registry.resolve(printed);
        assertTrue(board.isPresent(), printed + " not resolved");
        assertEquals(id, board.get().id().replace("-cpc", ""));
    }

    /** Every board name printed in the sample corpus resolves, to a board with the truth's nation and region. */
    @Test
    void everyBoardOfTheSampleCorpusResolves() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        int checked = 0;
        try (var files = Files.list(Path.of("datasets/sample/generated"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                var gt = json.readValue(p.toFile(), org.casewise.dataset.model.GroundTruth.class);
                if (gt.board() == null || gt.board().printedName() == null) {
                    continue;
                }
                Board b = registry.resolve(gt.board().printedName()).orElse(null);
                assertTrue(b != null, p + ": '" + gt.board().printedName() + "' does not resolve");
                assertEquals(gt.board().id(), b.id(), gt.board().printedName());
                assertEquals(gt.nation(), b.nation());
                assertEquals(gt.region(), b.region());
                checked++;
            }
        }
        try (Reader r = Files.newBufferedReader(Path.of("datasets/sample/written/expected.csv"))) {
            for (var row : org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                Board b = registry.resolve(row.get("board")).orElse(null);
                assertTrue(b != null, row.get("board") + " does not resolve");
                assertEquals(row.get("nation"), b.nation());
                assertEquals(row.get("region"), b.region() == null ? "" : b.region());
                checked++;
            }
        }
        assertTrue(checked >= 45, "checked " + checked);
    }

    @Test
    void findPrefersTheFirstNamedBoard() {
        String cover = "SERIOUS CASE REVIEW\nChild K\nCommissioned by Devon Safeguarding Children Board\n"
                + "The family had moved from Cornwall the previous year.";
        assertEquals("devon", registry.find(cover).map(Board::id).orElse(null));
    }

    @Test
    void placeNamesAloneAreNotBoards() {
        assertTrue(registry.find("The family lived in Kent and later in Essex.").isEmpty(),
                "a place name without a board suffix names no board");
    }

    @Test
    void theSafeguardingPartnersForAnAreaNameItsBoard() {
        assertEquals("wolverhampton", registry.find("On behalf of the three statutory safeguarding partners for the City of "
                + "Wolverhampton, we thank Tyler and his mother.").map(Board::id).orElse(null));
        assertEquals("kent", registry.find("The safeguarding partners in Kent agreed.").map(Board::id).orElse(null));
        assertTrue(registry.find("The family moved to the City of Wolverhampton in 2019.").isEmpty());
        // the partners listed by name after a foreword that used only the area's brand ('Warwickshire Safeguarding')
        assertEquals("warwickshire", registry.find("Warwickshire Safeguarding has published this review in full. Independent "
                + "Scrutineer, on behalf of the Safeguarding Partners (Warwickshire County Council, Warwickshire Police)")
                .map(Board::id).orElse(null));
    }
}
