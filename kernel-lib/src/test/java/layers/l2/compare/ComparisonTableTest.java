package layers.l2.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class ComparisonTableTest {

    static List<SystemProfile> systems;

    @BeforeAll
    static void build() {
        systems = new SystemProfiles(ProfileInputs.defaults()).all();
    }

    static Map<String, ComparisonTable.RowCheck> checks(List<SystemProfile> s) {
        return ComparisonTable.checks(s).stream().collect(Collectors.toMap(ComparisonTable.RowCheck::aspect,
                Function.identity()));
    }

    @Test
    void fillsThirteenRowsForSevenSystems() {
        Table t = ComparisonTable.computed(systems);
        assertEquals(13, t.rowCount());
        assertEquals(8, t.columnCount());
        assertEquals("Definition", t.stringColumn(0).get(0));
        assertEquals("Risk Model", t.stringColumn(0).get(12));
    }

    @Test
    void cellsFollowTheProfilesFields() {
        SystemProfile side = systems.get(5);
        assertEquals("secured by its own validators and a multisig bridge", ComparisonTable.cell("Security Source", side));
        assertEquals("5-of-9 validator signatures", ComparisonTable.cell("Consensus Mechanism", side));
        assertEquals("none of its own; final when L1 settles it",
                ComparisonTable.cell("Consensus Mechanism", systems.get(3)));
        assertEquals("limited scripting", ComparisonTable.cell("Smart Contract Execution", systems.get(0)));
        assertEquals("attacks on its own consensus only", ComparisonTable.cell("Risk Model", systems.get(1)));
    }

    @Test
    void consensusRowAgreesBecauseOnlyOneOfFiveL2sHasItsOwn() {
        ComparisonTable.RowCheck c = checks(systems).get("Consensus Mechanism");
        assertTrue(c.agrees(), c.why());
        assertTrue(c.why().startsWith("1 of 5"), c.why());
    }

    @Test
    void smartContractRowDiffersBecauseOfBitcoinAndLightning() {
        ComparisonTable.RowCheck c = checks(systems).get("Smart Contract Execution");
        assertFalse(c.agrees());
        assertTrue(c.why().contains("Bitcoin L1") && c.why().contains("Lightning"), c.why());
    }

    @Test
    void dependencyRowDiffersForTheSidechainOnly() {
        ComparisonTable.RowCheck c = checks(systems).get("Dependency");
        assertFalse(c.agrees());
        assertTrue(c.why().endsWith("Sidechain + multisig bridge"), c.why());
    }

    @Test
    void latencyRowFlagsTheSevenDayWindow() {
        ComparisonTable.RowCheck c = checks(systems).get("Latency");
        assertFalse(c.agrees());
        assertTrue(c.why().contains("Optimistic rollup 7.0 days"), c.why());
    }

    @Test
    void feesRowAgreesAtDefaultsAndDiffersWhenL1IsCheap() {
        assertTrue(checks(systems).get("Fees").agrees());
        // Bitcoin at 1 sat/vB and a 1-wei L1 base fee: the L1 transfer is cheaper than the validium's committee share.
        ProfileInputs d = ProfileInputs.defaults();
        ProfileInputs cheapL1 = new ProfileInputs(d.ethUsd(), d.btcUsd(), layers.l1.fees.Wei.ONE, d.blobBaseFee(), 1,
                d.batchSize(), d.l2BaseFee(), d.l2GasPerSecond(), 5, 9, 5, 7, 3, 1_000, 42);
        assertFalse(checks(new SystemProfiles(cheapL1).all()).get("Fees").agrees());
    }

    @Test
    void everyL2AddsARisk() {
        assertTrue(checks(systems).get("Risk Model").agrees());
        SystemProfile zk = systems.get(3);
        SystemProfile riskless = new SystemProfile(zk.name(), 2, null, zk.security(), zk.tps(), zk.feeUsd(),
                zk.softSeconds(), zk.finalSeconds(), zk.data(), zk.contracts(), List.of(), List.of(), true, List.of());
        List<SystemProfile> changed = List.of(systems.get(1), riskless);
        assertFalse(checks(changed).get("Risk Model").agrees());
    }

    @Test
    void rollupFeeFallsWithBatchSize() {
        double small = new SystemProfiles(ProfileInputs.defaults().withBatchSize(10)).optimisticRollup().feeUsd();
        double big = new SystemProfiles(ProfileInputs.defaults().withBatchSize(1_000)).optimisticRollup().feeUsd();
        assertTrue(big < small, big + " vs " + small);
    }

    @Test
    void dataBoundTpsIsBlobBytesOverBytesPerTxOverTwelveSeconds() {
        assertEquals(1_000.0, SystemProfiles.dataBoundTps(120_000, 10), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> SystemProfiles.dataBoundTps(0, 10));
    }

    @Test
    void trustComesFromTheModelsConfiguration() {
        ProfileInputs d = ProfileInputs.defaults();
        ProfileInputs threeOfFour = new ProfileInputs(d.ethUsd(), d.btcUsd(), d.l1BaseFee(), d.blobBaseFee(),
                d.satPerVbyte(), d.batchSize(), d.l2BaseFee(), d.l2GasPerSecond(), 3, 4, 2, 3, 3, 1_000, 42);
        SystemProfiles p = new SystemProfiles(threeOfFour);
        assertEquals("3-of-4 validator signatures", p.sidechain().consensus());
        assertTrue(p.validium().extraTrust().get(0).startsWith("1 of the 2 members"), p.validium().extraTrust().toString());
    }

    @Test
    void badInputIsRejectedWithItsName() {
        ProfileInputs d = ProfileInputs.defaults();
        var e = assertThrows(IllegalArgumentException.class, () -> d.withBatchSize(0));
        assertTrue(e.getMessage().contains("batchSize"));
        var e2 = assertThrows(IllegalArgumentException.class, () -> ComparisonTable.cell("Colour", systems.get(0)));
        assertTrue(e2.getMessage().contains("Colour"));
        var e3 = assertThrows(IllegalArgumentException.class, () -> ComparisonTable.checks(systems.subList(0, 2)));
        assertTrue(e3.getMessage().contains("at least one L1 and one L2"));
    }
}
