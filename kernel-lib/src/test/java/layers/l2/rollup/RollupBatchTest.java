package layers.l2.rollup;

import layers.l1.network.SimTime;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static layers.l2.rollup.RollupKit.ALICE;
import static layers.l2.rollup.RollupKit.BOB;
import static layers.l2.rollup.RollupKit.CODEC;
import static layers.l2.rollup.RollupKit.transfer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RollupBatchTest {

    private static final List<RollupBlock> BLOCKS = List.of(
            new RollupBlock(7, SimTime.ofSeconds(14), 2, List.of(transfer(ALICE, 0, BOB, 1), transfer(ALICE, 1, BOB, 2))),
            new RollupBlock(8, SimTime.ofSeconds(16), 3, List.of()));

    @Test
    void blocksRoundTripAndCompress() {
        byte[] bytes = RollupBatch.encode(BLOCKS, CODEC);
        assertEquals(BLOCKS, RollupBatch.decode(bytes, CODEC));
        assertEquals(List.of(), RollupBatch.decode(RollupBatch.encode(List.of(), CODEC), CODEC));
        assertTrue(bytes.length < RollupBatch.frame(BLOCKS, CODEC).length, "zlib shrinks the frame");
    }

    @Test
    void everyBrokenFrameSaysWhere() {
        byte[] frame = RollupBatch.frame(BLOCKS, CODEC);
        byte[] magic = frame.clone();
        magic[1] = 'X';
        assertTrue(message(magic).startsWith("byte 1: not a rollup batch"), message(magic));
        byte[] version = frame.clone();
        version[4] = 9;
        assertTrue(message(version).contains("version 9"), message(version));
        byte[] cut = Arrays.copyOf(frame, frame.length - 3);
        assertTrue(message(cut).contains("block 1's transactions") || message(cut).contains("bad header"), message(cut));
        byte[] longer = Arrays.copyOf(frame, frame.length + 2);
        assertTrue(message(longer).contains("2 bytes after the last block"), message(longer));
        byte[] badNumber = frame.clone();
        badNumber[9 + 7] = 0; // block 0's number: 7 -> 0
        assertTrue(message(badNumber).contains("bad header"), message(badNumber));
        var e = assertThrows(IllegalArgumentException.class, () -> RollupBatch.decode(new byte[] {1, 2, 3}, CODEC));
        assertTrue(e.getMessage().startsWith("the batch does not decompress"), e.getMessage());
    }

    private static String message(byte[] frame) {
        return assertThrows(IllegalArgumentException.class, () -> RollupBatch.unframe(frame, CODEC)).getMessage();
    }
}
