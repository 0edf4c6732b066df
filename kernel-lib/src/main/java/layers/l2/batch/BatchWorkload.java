package layers.l2.batch;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import layers.l1.execution.Action;
import layers.l1.execution.TokenAmount;
import layers.l1.execution.Tx;
import layers.l1.fees.Gas;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.keys.PrivateKey;

/**
 * A seeded stream of realistic L2 transactions, to measure what batches weigh: ether transfers, ERC-20 transfers
 * and swaps among a population of accounts whose activity follows a Zipf law (a few busy accounts, many quiet ones),
 * over a handful of popular tokens and pools. Numbers look like real ones: amounts that people type (0.25 ether) or
 * that wallets compute (all 18 decimals), nonces of accounts with a history, gas limits from estimates, fee caps
 * around a low L2 base fee.
 *
 * <p>The mix (50% transfers, 30% token transfers, 20% swaps: the shares of
 * {@link layers.l1.fees.GasMix#ethereumTypical()}) and the distributions are assumptions of this model, chosen to
 * resemble a busy rollup; they are not measurements. The transactions are for sizing batches:
 * the tokens and pools are addresses, not deployed contracts, so an {@link layers.l1.execution.ExecutionState} would
 * revert most of them. Same seed, same transactions, on every JDK ({@link StrictMath} for the distributions).
 */
public final class BatchWorkload {

    /** Share of ether transfers, in percent (an assumption of this model). */
    public static final int TRANSFER_PERCENT = 50;
    /** Share of ERC-20 transfers, in percent (an assumption of this model); the rest are swaps. */
    public static final int TOKEN_TRANSFER_PERCENT = 30;
    private static final int TOKENS = 12;
    private static final int POOLS = 8;
    private static final double ZIPF_EXPONENT = 1.0;

    private final long seed;
    private final int accounts;
    private final SplittableRandom random;
    private final double[] cumulative;
    private final EthereumAddress[] addresses;
    private final PrivateKey[] keys;
    private final long[] nonces;
    private final Map<EthereumAddress, Integer> indexOf = new HashMap<>();
    private final EthereumAddress[] tokens;
    private final EthereumAddress[] pools;

    private BatchWorkload(long seed, int accounts) {
        this.seed = seed;
        this.accounts = accounts;
        this.random = new SplittableRandom(seed);
        this.cumulative = new double[accounts];
        double total = 0;
        for (int i = 0; i < accounts; i++) {
            total += 1.0 / StrictMath.pow(i + 1, ZIPF_EXPONENT);
            cumulative[i] = total;
        }
        for (int i = 0; i < accounts; i++) {
            cumulative[i] /= total;
        }
        this.addresses = new EthereumAddress[accounts];
        this.keys = new PrivateKey[accounts];
        this.nonces = new long[accounts];
        Arrays.fill(nonces, -1);
        SplittableRandom contracts = new SplittableRandom(seed ^ 0x5DEECE66DL);
        this.tokens = randomAddresses(contracts, TOKENS);
        this.pools = randomAddresses(contracts, POOLS);
    }

    /**
     * A workload over {@code accounts} accounts.
     *
     * @throws IllegalArgumentException naming the count if it is below 2
     */
    public static BatchWorkload create(long seed, int accounts) {
        if (accounts < 2) {
            throw new IllegalArgumentException("a workload needs at least 2 accounts, not " + accounts);
        }
        return new BatchWorkload(seed, accounts);
    }

    private static EthereumAddress[] randomAddresses(SplittableRandom random, int count) {
        EthereumAddress[] out = new EthereumAddress[count];
        for (int i = 0; i < count; i++) {
            byte[] bytes = new byte[EthereumAddress.LENGTH];
            random.nextBytes(bytes);
            out[i] = EthereumAddress.of(bytes);
        }
        return out;
    }

    /** The next {@code count} transactions. */
    public List<Tx> next(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("count must be 0 or more, was " + count);
        }
        List<Tx> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(nextTx());
        }
        return out;
    }

    /** The next {@code count} transactions, each signed by its sender. */
    public TxBatch nextSignedBatch(int count) {
        return TxBatch.signed(next(count), this::keyOf);
    }

    /**
     * The key of an account of this workload.
     *
     * @throws IllegalArgumentException naming the address if it is not one of the workload's senders so far
     */
    public PrivateKey keyOf(EthereumAddress address) {
        Integer index = indexOf.get(address);
        if (index == null) {
            throw new IllegalArgumentException(address + " is not an account of this workload");
        }
        return keys[index];
    }

    private Tx nextTx() {
        int sender = zipf();
        int recipient = zipf();
        while (recipient == sender) {
            recipient = zipf();
        }
        EthereumAddress from = account(sender);
        long nonce = nonces[sender]++;
        int kind = random.nextInt(100);
        Action action;
        long gasLimit;
        if (kind < TRANSFER_PERCENT) {
            action = new Action.Transfer(account(recipient), Wei.of(amount(15, 19)));
            gasLimit = 21_000;
        } else if (kind < TRANSFER_PERCENT + TOKEN_TRANSFER_PERCENT) {
            action = new Action.TokenTransfer(popular(tokens), account(recipient), TokenAmount.of(amount(18, 22)));
            gasLimit = 45_000 + random.nextInt(25_000);
        } else {
            BigInteger in = amount(17, 21);
            BigInteger quotedOut = amount(17, 21);
            BigInteger minOut = quotedOut.multiply(BigInteger.valueOf(995)).divide(BigInteger.valueOf(1000));
            action = new Action.Swap(popular(pools), popular(tokens), TokenAmount.of(in), TokenAmount.of(minOut));
            gasLimit = 120_000 + random.nextInt(130_000);
        }
        // Fee caps around an L2 base fee of a few million wei (thousandths of a gwei), tip 0.001 gwei.
        Wei maxFee = Wei.of(2_000_000L + random.nextLong(50_000_000L));
        Wei tip = Wei.of(1_000_000L);
        return new Tx(from, nonce, Gas.of(gasLimit), maxFee, tip, action);
    }

    /** An amount between 10^low and 10^high smallest units: half typed (two significant digits), half computed. */
    private BigInteger amount(int lowExponent, int highExponent) {
        double exponent = lowExponent + random.nextDouble() * (highExponent - lowExponent);
        double whole = StrictMath.floor(exponent);
        BigInteger value = BigInteger.valueOf((long) (StrictMath.pow(10, exponent - whole) * 1e15))
                .multiply(BigInteger.TEN.pow((int) whole))
                .divide(BigInteger.TEN.pow(15));
        if (random.nextBoolean()) {
            int digits = value.toString().length();
            BigInteger unit = BigInteger.TEN.pow(Math.max(0, digits - 2));
            value = value.divide(unit).multiply(unit);
        }
        return value.max(BigInteger.ONE);
    }

    /** Tokens and pools are popular in a Zipf law too: the first is used most. */
    private EthereumAddress popular(EthereumAddress[] choices) {
        double u = random.nextDouble();
        double total = 0;
        for (int i = 0; i < choices.length; i++) {
            total += 1.0 / (i + 1);
        }
        double acc = 0;
        for (int i = 0; i < choices.length; i++) {
            acc += 1.0 / (i + 1) / total;
            if (u < acc) {
                return choices[i];
            }
        }
        return choices[choices.length - 1];
    }

    private int zipf() {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return Math.min(accounts - 1, index >= 0 ? index + 1 : -index - 1);
    }

    /** Account {@code index}, its key made on first use from the seed and the index; its nonce starts with history. */
    private EthereumAddress account(int index) {
        if (addresses[index] == null) {
            keys[index] = PrivateKey.random(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index + 1));
            addresses[index] = EthereumAddress.fromPublicKey(keys[index].publicKey());
            indexOf.put(addresses[index], index);
            SplittableRandom history = new SplittableRandom(seed + 31L * index);
            nonces[index] = (long) StrictMath.pow(10, history.nextDouble() * 3.5);
        }
        return addresses[index];
    }
}
