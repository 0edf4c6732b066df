package layers.exercises.crypto;

import java.util.List;
import java.util.stream.Stream;
import layers.l1.block.CompactTarget;
import layers.l1.crypto.Hash;

/**
 * Real Bitcoin mainnet data for the crypto exercises, as block explorers and {@code bitcoin-cli getblockheader}
 * show it (hashes in display order). Each header's fields hash to its block hash and meet its own target, which the
 * course's own tests check with the course library.
 */
public final class MainnetData {

    private MainnetData() {
    }

    /** A header's six fields as explorers show them, its raw 80 bytes in hex, and its block hash. */
    public record Header(String name, int version, String previousHash, String merkleRoot, long time, long bits,
                         long nonce, String rawHex, String blockHash) {

        public Hash previous() {
            return Hash.fromDisplayHex(previousHash);
        }

        public Hash root() {
            return Hash.fromDisplayHex(merkleRoot);
        }

        public CompactTarget target() {
            return CompactTarget.of(bits);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    public static final String ZERO = "0000000000000000000000000000000000000000000000000000000000000000";

    public static final Header GENESIS = new Header("the genesis block (height 0)", 1, ZERO,
            "4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b", 1231006505L, 0x1d00ffffL,
            2083236893L,
            "01000000" + ZERO + "3ba3edfd7a7b12b27ac72c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a"
                    + "29ab5f49" + "ffff001d" + "1dac2b7c",
            "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f");

    public static final Header BLOCK_1 = new Header("block 1", 1,
            "000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f",
            "0e3e2357e806b6cdb1f70b54c3a3a17b6714ee1f0e68bebb44a74b1efd512098", 1231469665L, 0x1d00ffffL,
            2573394689L,
            "01000000" + "6fe28c0ab6f1b372c1a6a246ae63f74f931e8365e15a089c68d6190000000000"
                    + "982051fd1e4ba744bbbe680e1fee14677ba1a3c3540bf7b1cdb606e857233e0e"
                    + "61bc6649" + "ffff001d" + "01e36299",
            "00000000839a8e6886ab5951d76f411475428afc90947ee320161bbf18eb6048");

    public static final Header BLOCK_2 = new Header("block 2", 1,
            "00000000839a8e6886ab5951d76f411475428afc90947ee320161bbf18eb6048",
            "9b0fc92260312ce44e74ef369f5c66bbb85848f2eddd5a7a1cde251e54ccfdd5", 1231469744L, 0x1d00ffffL,
            1639830024L,
            "01000000" + "4860eb18bf1b1620e37e9490fc8a427514416fd75159ab86688e9a8300000000"
                    + "d5fdcc541e25de1c7a5addedf24858b8bb665c9f36ef744ee42c316022c90f9b"
                    + "b0bc6649" + "ffff001d" + "08d2bd61",
            "000000006a625f06636b8bb6ac7b960a8d03705d1ace08b1a19da3fdcc99ddbd");

    public static final Header BLOCK_170 = new Header("block 170", 1,
            "000000002a22cfee1f2c846adbd12b3e183d4f97683f85dad08a79780a84bd55",
            "7dac2c5666815c17a3b36427de37bb9d2e2c5ccec3f8633eb91a4205cb4c10ff", 1231731025L, 0x1d00ffffL,
            1889418792L,
            "01000000" + "55bd840a78798ad0da853f68974f3d183e2bd1db6a842c1feecf222a00000000"
                    + "ff104ccb05421ab93e63f8c3ce5c2c2e9dbb37de2764b3a3175c8166562cac7d"
                    + "51b96a49" + "ffff001d" + "283e9e70",
            "00000000d1145790a8694403d4063f323d499e655c83426834d4ce2f8dd4a2ee");

    public static final Header BLOCK_100000 = new Header("block 100000", 1,
            "000000000002d01c1fccc21636b607dfd930d31d01c3a62104612a1719011250",
            "f3e94742aca4b5ef85488dc37c06c3282295ffec960994b2c0d5ac2a25a95766", 1293623863L, 0x1b04864cL,
            274148111L,
            "01000000" + "50120119172a610421a6c3011dd330d9df07b63616c2cc1f1cd0020000000000"
                    + "6657a9252aacd5c0b2940996ecff952228c3067cc38d4885efb5a4ac4247e9f3"
                    + "37221b4d" + "4c86041b" + "0f2b5710",
            "000000000003ba27aa200b1cecaad478d2b00432346c3f1f3986da1afd33e506");

    public static final Header BLOCK_125552 = new Header("block 125552", 1,
            "00000000000008a3a41b85b8b29ad444def299fee21793cd8b9e567eab02cd81",
            "2b12fcf1b09288fcaff797d71e950e71ae42b91e8bdb2304758dfcffc2b620e3", 1305998791L, 0x1a44b9f2L,
            2504433986L,
            "01000000" + "81cd02ab7e569e8bcd9317e2fe99f2de44d49ab2b8851ba4a308000000000000"
                    + "e320b6c2fffc8d750423db8b1eb942ae710e951ed797f7affc8892b0f1fc122b"
                    + "c7f5d74d" + "f2b9441a" + "42a14695",
            "00000000000000001e8d6829a8a21adc5d38d0a473b144b6765798e61f98bd1d");

    /** The fourth halving's block (April 2024), with BIP-9 version bits in its version. */
    public static final Header BLOCK_840000 = new Header("block 840000", 0x2a5fe000,
            "0000000000000000000172014ba58d66455762add0512355ad651207918494ab",
            "031b417c3a1828ddf3d6527fc210daafcc9218e81f98257f88d4d43bd7a5894f", 1713571767L, 0x17034219L,
            3932395645L,
            "00e05f2a" + "ab948491071265ad552351d0ad625745668da54b017201000000000000000000"
                    + "4f89a5d73bd4d4887f25981fe81892ccafda10c27f52d6f3dd28183a7c411b03"
                    + "b7072366" + "19420317" + "7d9863ea",
            "0000000000000000000320283a032748cef8227873ff4872689bf23f1cda83a5");

    public static final List<Header> HEADERS = List.of(GENESIS, BLOCK_1, BLOCK_2, BLOCK_170, BLOCK_100000,
            BLOCK_125552, BLOCK_840000);

    /** The genesis block's only transaction, its coinbase. */
    public static final Hash GENESIS_COINBASE = Hash.fromDisplayHex(GENESIS.merkleRoot());

    /** Block 170's two transactions: its coinbase, then the first transaction to spend bitcoin (to Hal Finney). */
    public static final List<Hash> BLOCK_170_TXIDS = txids(
            "b1fea52486ce0c62bb442b530a3f0132b826c74e473d1f2c220bfa78111c5082",
            "f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16");

    /** Block 100000's four transactions, in block order. */
    public static final List<Hash> BLOCK_100000_TXIDS = txids(
            "8c14f0db3df150123e6f3dbbf30f8b955a8249b62ac1d1ff16284aefa3d06d87",
            "fff2525b8931402dd09222c50775608f75787bd2b87e56995a7bdd30f79702c4",
            "6359f0868171b1d194cbee1af2f16ea598ae8fad666d9b012c8ed2b79a236ec4",
            "e9a66845e05d5abc0ad04ec80f774a7e585c6e8db975962d069a522137b80c1d");

    private static List<Hash> txids(String... displayHex) {
        return Stream.of(displayHex).map(Hash::fromDisplayHex).toList();
    }
}
