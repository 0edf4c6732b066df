package layers.l1.block;

import layers.l1.ledger.Amount;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChainParamsTest {

    private final ChainParams mainnet = ChainParams.fixedTarget(CompactTarget.DIFFICULTY_1);

    @Test
    void subsidyStartsAtFiftyBitcoin() {
        assertEquals(Amount.bitcoin(50), mainnet.blockSubsidy(0));
    }

    @Test
    void subsidyHalvesEvery210000Blocks() {
        assertEquals(Amount.bitcoin(50), mainnet.blockSubsidy(209_999));
        assertEquals(Amount.bitcoin(25), mainnet.blockSubsidy(210_000));
        assertEquals(Amount.sats(312_500_000), mainnet.blockSubsidy(840_000));
    }

    @Test
    void subsidyEndsAfter64Halvings() {
        assertEquals(Amount.ZERO, mainnet.blockSubsidy(64 * 210_000));
    }

    @Test
    void allSubsidiesTogetherStayBelow21MillionBitcoin() {
        long total = 0;
        for (int halving = 0; halving < 64; halving++) {
            total += mainnet.blockSubsidy(halving * 210_000).satoshis() * 210_000L;
        }
        assertEquals(2_099_999_997_690_000L, total);
    }

    @Test
    void fixedWorkRequiredRefusesUnusableBits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> WorkRequired.fixed(CompactTarget.of(0x03000000L)));
        assertEquals("a chain cannot require bits 0x03000000 encode a zero target, which no hash meets",
                e.getMessage());
    }
}
