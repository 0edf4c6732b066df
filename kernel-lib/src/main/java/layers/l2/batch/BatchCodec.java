package layers.l2.batch;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import layers.l1.execution.Action;
import layers.l1.execution.TokenAmount;
import layers.l1.execution.Tx;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;

/**
 * The course's batch encoding, version 1: compact, canonical (each batch has exactly one encoding, so
 * {@code encode(decode(bytes))} gives back {@code bytes}), and checked byte by byte when read.
 *
 * <pre>
 * batch     = version:u8 (= 1) ++ flags:u8 (bit 0: signed; the other bits 0) ++ count:uvarint ++ tx × count
 * tx        = from:20 ++ nonce:uvarint ++ gas_limit:uvarint ++ max_fee_per_gas:uint ++ max_priority_fee:uint
 *             ++ kind:u8 ++ body ++ (signature:65 if signed)
 * body      = 1 Transfer:      to:20 ++ value:uint
 *             2 DeployToken:   symbol_length:uvarint ++ symbol:UTF-8
 *             3 Mint:          token:20 ++ to:20 ++ amount:uint
 *             4 TokenTransfer: token:20 ++ to:20 ++ amount:uint
 *             5 BalanceOf:     token:20 ++ holder:20
 *             6 CreatePool:    token0:20 ++ token1:20
 *             7 AddLiquidity:  pool:20 ++ amount0:uint ++ amount1:uint
 *             8 Swap:          pool:20 ++ token_in:20 ++ amount_in:uint ++ amount_out_min:uint
 * uvarint   = unsigned LEB128, shortest form, at most 63 bits (protobuf's varint, as in Optimism's span batches)
 * uint      = length:u8 (0..32) ++ big-endian bytes without leading zeros (a uint256; 0 is the length 0)
 * signature = r:32 ++ s:32 ++ y_parity:u8
 * </pre>
 *
 * <p>Like RLP (Ethereum's encoding), numbers take only the bytes they need; unlike Optimism's span batches, fields
 * are not regrouped column by column. The sender's 20 bytes are kept even when signed, although Ethereum recovers
 * the sender from the signature instead: a real batch is about 20 bytes a transaction smaller.
 */
public final class BatchCodec {

    /** The format version this codec writes and reads. */
    public static final int VERSION = 1;
    /** Bit 0 of the flags byte: every transaction carries a {@link TxSignature}. */
    public static final int FLAG_SIGNED = 1;

    private BatchCodec() {
    }

    /** The transactions, unsigned. */
    public static byte[] encode(List<Tx> txs) {
        return encode(TxBatch.unsigned(txs));
    }

    public static byte[] encode(TxBatch batch) {
        BatchWriter out = new BatchWriter();
        out.u8(VERSION);
        out.u8(batch.isSigned() ? FLAG_SIGNED : 0);
        out.uvarint(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            writeTx(out, batch.txs().get(i));
            if (batch.isSigned()) {
                out.bytes(batch.signatures().get(i).toBytes());
            }
        }
        return out.toByteArray();
    }

    /** One transaction's encoding without signature: what its sender signs ({@link TxSigning#signingHash}). */
    public static byte[] encodeTx(Tx tx) {
        BatchWriter out = new BatchWriter();
        writeTx(out, tx);
        return out.toByteArray();
    }

    /**
     * Reads a batch.
     *
     * @throws BatchFormatException naming the offset and the broken rule when {@code bytes} is not exactly one
     *                              batch in this format (truncated, trailing bytes, unknown version, flag or kind,
     *                              a non-shortest number, invalid UTF-8)
     */
    public static TxBatch decode(byte[] bytes) {
        BatchReader in = new BatchReader(bytes);
        int version = in.u8("the version");
        if (version != VERSION) {
            throw in.error(0, "the version is " + VERSION + ", not " + version);
        }
        int flags = in.u8("the flags");
        if ((flags & ~FLAG_SIGNED) != 0) {
            throw in.error(1, "only flag bit 0 (signed) is defined, but the flags byte is " + flags);
        }
        boolean signed = (flags & FLAG_SIGNED) != 0;
        int countAt = in.position();
        long count = in.uvarint("the transaction count");
        if (count > Integer.MAX_VALUE) {
            throw in.error(countAt, "the transaction count " + count + " is more than a batch can hold");
        }
        List<Tx> txs = new ArrayList<>();
        List<TxSignature> signatures = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            txs.add(readTx(in, "transaction " + i));
            if (signed) {
                int at = in.position();
                byte[] raw = in.bytes(TxSignature.LENGTH, "transaction " + i + "'s signature");
                int parity = raw[64] & 0xFF;
                if (parity > 1) {
                    throw in.error(at + 64, "transaction " + i + "'s y_parity is 0 or 1, not " + parity);
                }
                signatures.add(TxSignature.fromBytes(raw));
            }
        }
        if (!in.atEnd()) {
            throw in.error(in.position(), (bytes.length - in.position()) + " bytes follow the last of the " + count
                    + " transactions");
        }
        return new TxBatch(txs, signatures);
    }

    private static void writeTx(BatchWriter out, Tx tx) {
        out.address(tx.from());
        out.uvarint(tx.nonce());
        out.uvarint(tx.gasLimit().value());
        out.uint256(tx.maxFeePerGas().value());
        out.uint256(tx.maxPriorityFeePerGas().value());
        Action action = tx.action();
        out.u8(kindOf(action));
        if (action instanceof Action.Transfer a) {
            out.address(a.to());
            out.uint256(a.value().value());
        } else if (action instanceof Action.DeployToken a) {
            byte[] symbol = a.symbol().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.uvarint(symbol.length);
            out.bytes(symbol);
        } else if (action instanceof Action.Mint a) {
            out.address(a.token());
            out.address(a.to());
            out.uint256(a.amount().value());
        } else if (action instanceof Action.TokenTransfer a) {
            out.address(a.token());
            out.address(a.to());
            out.uint256(a.amount().value());
        } else if (action instanceof Action.BalanceOf a) {
            out.address(a.token());
            out.address(a.holder());
        } else if (action instanceof Action.CreatePool a) {
            out.address(a.token0());
            out.address(a.token1());
        } else if (action instanceof Action.AddLiquidity a) {
            out.address(a.pool());
            out.uint256(a.amount0().value());
            out.uint256(a.amount1().value());
        } else if (action instanceof Action.Swap a) {
            out.address(a.pool());
            out.address(a.tokenIn());
            out.uint256(a.amountIn().value());
            out.uint256(a.amountOutMin().value());
        }
    }

    /** The kind byte of each {@link Action}, 1 to 8 in the order of the format table. */
    static int kindOf(Action action) {
        if (action instanceof Action.Transfer) {
            return 1;
        } else if (action instanceof Action.DeployToken) {
            return 2;
        } else if (action instanceof Action.Mint) {
            return 3;
        } else if (action instanceof Action.TokenTransfer) {
            return 4;
        } else if (action instanceof Action.BalanceOf) {
            return 5;
        } else if (action instanceof Action.CreatePool) {
            return 6;
        } else if (action instanceof Action.AddLiquidity) {
            return 7;
        } else if (action instanceof Action.Swap) {
            return 8;
        }
        throw new IllegalArgumentException("no kind byte for action " + action);
    }

    private static Tx readTx(BatchReader in, String what) {
        EthereumAddress from = in.address(what + "'s sender");
        long nonce = in.uvarint(what + "'s nonce");
        Gas gasLimit = Gas.of(in.uvarint(what + "'s gas limit"));
        Wei maxFee = Wei.of(in.uint256(what + "'s max fee per gas"));
        Wei maxPriorityFee = Wei.of(in.uint256(what + "'s max priority fee per gas"));
        int kindAt = in.position();
        int kind = in.u8(what + "'s kind");
        Action action = switch (kind) {
            case 1 -> new Action.Transfer(in.address(what + "'s recipient"), Wei.of(in.uint256(what + "'s value")));
            case 2 -> new Action.DeployToken(in.utf8(what + "'s token symbol"));
            case 3 -> new Action.Mint(in.address(what + "'s token"), in.address(what + "'s recipient"),
                    amount(in.uint256(what + "'s amount")));
            case 4 -> new Action.TokenTransfer(in.address(what + "'s token"), in.address(what + "'s recipient"),
                    amount(in.uint256(what + "'s amount")));
            case 5 -> new Action.BalanceOf(in.address(what + "'s token"), in.address(what + "'s holder"));
            case 6 -> new Action.CreatePool(in.address(what + "'s token0"), in.address(what + "'s token1"));
            case 7 -> new Action.AddLiquidity(in.address(what + "'s pool"), amount(in.uint256(what + "'s amount0")),
                    amount(in.uint256(what + "'s amount1")));
            case 8 -> new Action.Swap(in.address(what + "'s pool"), in.address(what + "'s input token"),
                    amount(in.uint256(what + "'s amount in")), amount(in.uint256(what + "'s minimum amount out")));
            default -> throw in.error(kindAt, what + "'s kind is 1 to 8, not " + kind);
        };
        return new Tx(from, nonce, gasLimit, maxFee, maxPriorityFee, action);
    }

    private static TokenAmount amount(BigInteger value) {
        return TokenAmount.of(value);
    }
}
