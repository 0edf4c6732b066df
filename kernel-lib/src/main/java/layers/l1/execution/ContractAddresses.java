package layers.l1.execution;

import layers.l1.crypto.Keccak256;
import layers.l1.keys.EthereumAddress;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Where a contract created by a transaction lives. Ethereum takes the last 20 bytes of
 * {@code keccak256(rlp([sender, nonce]))} (Yellow Paper, section 7); this model hashes the sender's 20 bytes and the
 * nonce as 8 big-endian bytes instead of RLP, which keeps the property that matters: the address depends only on
 * the sender and the nonce, so it is known before the transaction runs.
 */
public final class ContractAddresses {

    private ContractAddresses() {
    }

    /** The address of the contract that {@code sender}'s transaction with {@code nonce} creates. */
    public static EthereumAddress create(EthereumAddress sender, long nonce) {
        byte[] input = ByteBuffer.allocate(EthereumAddress.LENGTH + 8).put(sender.bytes()).putLong(nonce).array();
        byte[] hash = Keccak256.hash(input).bytes();
        return EthereumAddress.of(Arrays.copyOfRange(hash, hash.length - EthereumAddress.LENGTH, hash.length));
    }
}
