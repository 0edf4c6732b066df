package layers.l2.batch;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import layers.l1.execution.Action;
import layers.l1.execution.TokenAmount;
import layers.l1.execution.Tx;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The batch format: every action kind and edge value round-trips, and every kind of malformed input is rejected. */
class BatchCodecTest {

    private static final EthereumAddress A = EthereumAddress.fromHex("0x00000000000000000000000000000000000a11ce");
    private static final EthereumAddress B = EthereumAddress.fromHex("0x0000000000000000000000000000000000000b0b");
    private static final EthereumAddress T = EthereumAddress.fromHex("0xffffffffffffffffffffffffffffffffffffffff");

    static List<Tx> everyKind() {
        TokenAmount max = TokenAmount.of(TokenAmount.MAX);
        return List.of(
                Tx.of(A, 0, new Action.Transfer(B, Wei.ZERO)),
                new Tx(A, Long.MAX_VALUE, Gas.of(Long.MAX_VALUE), Wei.of(Wei.MAX), Wei.ONE,
                        new Action.Transfer(B, Wei.ether(1))),
                Tx.of(A, 1, new Action.DeployToken("")),
                Tx.of(A, 2, new Action.DeployToken("GOLD ✓ Ωmega")),
                Tx.of(A, 3, new Action.Mint(T, B, max)),
                Tx.of(A, 127, new Action.TokenTransfer(T, B, TokenAmount.of(255))),
                Tx.of(A, 128, new Action.BalanceOf(T, A)),
                Tx.of(B, 16_383, new Action.CreatePool(T, A)),
                Tx.of(B, 16_384, new Action.AddLiquidity(T, TokenAmount.ZERO, TokenAmount.of(256))),
                Tx.of(B, 5, new Action.Swap(T, A, TokenAmount.of(1), TokenAmount.ZERO)).withFees(Wei.gwei(30),
                        Wei.gwei(2)));
    }

    @Test
    void everyActionKindAndEdgeValueRoundTrips() {
        List<Tx> txs = everyKind();
        byte[] bytes = BatchCodec.encode(txs);
        TxBatch decoded = BatchCodec.decode(bytes);
        assertEquals(txs, decoded.txs());
        assertTrue(!decoded.isSigned());
        assertArrayEquals(bytes, BatchCodec.encode(decoded), "one batch, one encoding");
    }

    @Test
    void anEmptyBatchIsThreeBytes() {
        assertArrayEquals(new byte[] {1, 0, 0}, BatchCodec.encode(List.of()));
        assertEquals(TxBatch.unsigned(List.of()), BatchCodec.decode(new byte[] {1, 0, 0}));
    }

    @Test
    void aTransferHasTheDocumentedLayout() {
        Tx tx = new Tx(A, 300, Gas.of(21_000), Wei.of(258), Wei.ZERO, new Action.Transfer(B, Wei.of(1)));
        byte[] bytes = BatchCodec.encodeTx(tx);
        byte[] expected = new byte[20 + 2 + 3 + 3 + 1 + 1 + 20 + 2];
        int i = 0;
        System.arraycopy(A.bytes(), 0, expected, i, 20);
        i += 20;
        expected[i++] = (byte) 0xAC; // 300 = 0b10_0101100: 0x2C | 0x80, then 0x02
        expected[i++] = 0x02;
        expected[i++] = (byte) 0x88; // 21000 = 0x5208: 0x08 | 0x80, 0xA4 (0x24 | 0x80), 0x01
        expected[i++] = (byte) 0xA4;
        expected[i++] = 0x01;
        expected[i++] = 2;           // 258 = 0x0102 in 2 bytes
        expected[i++] = 1;
        expected[i++] = 2;
        expected[i++] = 0;           // 0 is the empty number
        expected[i++] = 1;           // Transfer
        System.arraycopy(B.bytes(), 0, expected, i, 20);
        i += 20;
        expected[i++] = 1;
        expected[i] = 1;
        assertArrayEquals(expected, bytes);
    }

    @Test
    void everyTruncationIsRejectedAtTheEnd() {
        byte[] bytes = BatchCodec.encode(everyKind());
        for (int length = 0; length < bytes.length; length++) {
            byte[] prefix = Arrays.copyOf(bytes, length);
            BatchFormatException e = assertThrows(BatchFormatException.class, () -> BatchCodec.decode(prefix),
                    "a prefix of " + length + " bytes");
            assertTrue(e.getMessage().contains("truncated") || length == 0, e.getMessage());
            assertTrue(e.offset() <= length, e.getMessage());
        }
    }

    @Test
    void trailingBytesAreRejected() {
        byte[] bytes = BatchCodec.encode(everyKind());
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        BatchFormatException e = assertThrows(BatchFormatException.class, () -> BatchCodec.decode(longer));
        assertEquals(bytes.length, e.offset());
        assertTrue(e.getMessage().contains("1 bytes follow the last of the 10 transactions"), e.getMessage());
    }

    private static BatchFormatException reject(byte[] bytes) {
        return assertThrows(BatchFormatException.class, () -> BatchCodec.decode(bytes));
    }

    private static byte[] oneTransfer() {
        return BatchCodec.encode(List.of(new Tx(A, 300, Gas.of(21_000), Wei.of(258), Wei.ZERO,
                new Action.Transfer(B, Wei.of(1)))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "an unknown version, 0, 2, 0, version is 1, not 2",
            "an undefined flag, 1, 2, 1, only flag bit 0",
            "an unknown action kind, 32, 9, 32, kind is 1 to 8, not 9",
            "a uint longer than 32 bytes, 28, 33, 28, at most 32 bytes",
            "a uint with a leading zero, 29, 0, 29, leading zero byte",
    })
    void eachMalformedFieldIsNamedWithItsOffset(String description, int offset, int value, int expectedOffset,
                                                String expectedMessage) {
        byte[] bytes = oneTransfer();
        if (description.contains("leading zero")) {
            // the max fee 258 is 02 01 02 at bytes 28..30; make it 02 00 01: same length, leading zero
            bytes[29] = 0;
            bytes[30] = 1;
        } else {
            bytes[offset] = (byte) value;
        }
        BatchFormatException e = reject(bytes);
        assertEquals(expectedOffset, e.offset(), e.getMessage());
        assertTrue(e.getMessage().contains(expectedMessage), e.getMessage());
        assertTrue(e.getMessage().startsWith("not a batch (format version 1): byte " + expectedOffset), e.getMessage());
    }

    @Test
    void aVarintWithATrailingZeroGroupIsNotCanonical() {
        // count 1 written as 0x81 0x00 instead of 0x01
        byte[] bytes = oneTransfer();
        byte[] padded = new byte[bytes.length + 1];
        padded[0] = 1;
        padded[1] = 0;
        padded[2] = (byte) 0x81;
        padded[3] = 0;
        System.arraycopy(bytes, 3, padded, 4, bytes.length - 3);
        BatchFormatException e = reject(padded);
        assertEquals(2, e.offset());
        assertTrue(e.getMessage().contains("the transaction count is a varint with a needless trailing zero"),
                e.getMessage());
    }

    @Test
    void aVarintBeyond63BitsIsRejected() {
        byte[] bytes = new byte[] {1, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x01};
        BatchFormatException e = reject(bytes);
        assertEquals(2, e.offset());
        assertTrue(e.getMessage().contains("longer than 9 bytes"), e.getMessage());
    }

    @Test
    void aSymbolThatIsNotUtf8IsRejected() {
        byte[] bytes = BatchCodec.encode(List.of(Tx.of(A, 0, new Action.DeployToken("AB"))));
        int symbolAt = bytes.length - 2;
        bytes[symbolAt] = (byte) 0xC3; // a lead byte followed by 'B' is malformed
        BatchFormatException e = reject(bytes);
        assertEquals(symbolAt, e.offset());
        assertTrue(e.getMessage().contains("token symbol is not valid UTF-8"), e.getMessage());
    }

    @Test
    void aSymbolLengthBeyondTheBatchIsTruncation() {
        byte[] bytes = BatchCodec.encode(List.of(Tx.of(A, 0, new Action.DeployToken("AB"))));
        bytes[bytes.length - 3] = 100;
        BatchFormatException e = reject(bytes);
        assertTrue(e.getMessage().contains("claims 100 bytes but only 2 remain"), e.getMessage());
    }

    @Test
    void aSignedBatchRoundTripsAndRejectsABadParity() {
        BatchWorkload workload = BatchWorkload.create(7, 50);
        TxBatch batch = workload.nextSignedBatch(20);
        byte[] bytes = BatchCodec.encode(batch);
        assertEquals(batch, BatchCodec.decode(bytes));
        assertEquals(BatchCodec.FLAG_SIGNED, bytes[1]);
        bytes[bytes.length - 1] = 2;
        BatchFormatException e = reject(bytes);
        assertEquals(bytes.length - 1, e.offset());
        assertTrue(e.getMessage().contains("transaction 19's y_parity is 0 or 1, not 2"), e.getMessage());
    }

    @Test
    void aBatchClaimingMoreTransactionsThanItHoldsIsTruncated() {
        byte[] bytes = oneTransfer();
        bytes[2] = 2;
        BatchFormatException e = reject(bytes);
        assertEquals(bytes.length, e.offset());
        assertTrue(e.getMessage().contains("transaction 1's sender needs 20 bytes but only 0 remain"),
                e.getMessage());
    }

    @Test
    void numbersTakeOnlyTheBytesTheyNeed() {
        Tx small = Tx.of(A, 0, new Action.Transfer(B, Wei.of(1)));
        Tx large = Tx.of(A, 0, new Action.Transfer(B, Wei.of(BigInteger.TWO.pow(255))));
        assertEquals(31, BatchCodec.encodeTx(large).length - BatchCodec.encodeTx(small).length);
    }
}
