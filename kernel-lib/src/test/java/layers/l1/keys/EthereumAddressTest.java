package layers.l1.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EthereumAddressTest {

    /** The checksummed addresses of EIP-55's specification. */
    @ParameterizedTest
    @ValueSource(strings = {"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"})
    void eip55Examples(String checksummed) {
        String lower = "0x" + checksummed.substring(2).toLowerCase(Locale.ROOT);
        String upper = "0x" + checksummed.substring(2).toUpperCase(Locale.ROOT);
        assertEquals(checksummed, EthereumAddress.fromHex(lower).toChecksumHex());
        assertEquals(checksummed, EthereumAddress.fromHex(upper).toChecksumHex());
        assertEquals(checksummed, EthereumAddress.fromHex(checksummed).toString());
        assertEquals(lower, EthereumAddress.fromHex(checksummed).toHex());
    }

    @Test
    void aWrongCaseBreaksTheChecksum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EthereumAddress.fromHex("0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed"));
        assertEquals("'0x5aaeb6053F3E94C9b9A09f33669435E7Ef1BeAed' fails its EIP-55 checksum: hex digit 2 is 'a' but"
                + " the checksum makes it 'A' (expected 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed)", e.getMessage());
    }

    @Test
    void aWrongLengthIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EthereumAddress.fromHex("0x5aAeb6053F"));
        assertEquals("an Ethereum address has 40 hex digits (20 bytes), but '0x5aAeb6053F' has 10", e.getMessage());
        IllegalArgumentException bytes = assertThrows(IllegalArgumentException.class,
                () -> EthereumAddress.of(new byte[21]));
        assertEquals("an Ethereum address has 20 bytes, but " + "00".repeat(21) + " has 21", bytes.getMessage());
    }

    /** Hyperledger Besu's documented test accounts (besu.hyperledger.org, "Test accounts"). */
    @ParameterizedTest
    @CsvSource({
            "8f2a55949038a9610f50fb23b5883af3b4ecb3c3bb792cbcefbd1542c692be63, 0xfe3b557e8fb62b89f4916b721be55ceb828dbd73",
            "c87509a1c067bbde78beb793e6fa76530b6382a4c0241e5e4a9ec0a0f44dc0d3, 0x627306090abaB3A6e1400e9345bC60c78a8BEf57",
            "ae6ae8e5ccbfb04590405997ee2d52d2b330726137b875053c36d94e974d162f, 0xf17f52151EbEF6C7334FAD080c5704D77216b732"})
    void besuTestAccounts(String privateKey, String address) {
        EthereumAddress derived = PrivateKey.fromHex(privateKey).publicKey().ethereumAddress();
        assertEquals(EthereumAddress.fromHex(address), derived);
        if (!address.equals(address.toLowerCase(Locale.ROOT))) {
            assertEquals(address, derived.toChecksumHex());
        }
    }

    @Test
    void privateKeyOne() {
        // Keccak-256 of G's 64-byte (x, y); the address that public test suites use for key 1.
        EthereumAddress address = PrivateKey.fromBigInteger(BigInteger.ONE).publicKey().ethereumAddress();
        assertEquals("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf", address.toChecksumHex());
    }
}
