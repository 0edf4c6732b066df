package layers.l2.optimistic;

import layers.core.Verdict;
import layers.l1.crypto.Hash;
import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;
import layers.l1.network.SimTime;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The optimistic rollup's L1 contract for state: proposers post assertions (the commitment after a batch) with a
 * bond; anyone may challenge one, with a bond, during its challenge window, which opens a {@link DisputeGame}; when
 * a game is decided its loser's bond is slashed, {@code winnerSharePercent} to the winner and the rest burnt, and an
 * assertion whose defender lost is rejected together with every assertion built on it. An assertion is confirmed
 * once its window has passed with no challenge open and its parent is confirmed; only then may withdrawals in it be
 * paid on L1. The proposer's bond comes back on confirmation.
 *
 * <p>Sources: Arbitrum's challenge period is "one week on Arbitrum One" (docs.arbitrum.io glossary, "challenge
 * period"; {@code confirmPeriodBlocks} about 45,818 L1 blocks); OP Stack's Standard Bridge "includes a 7-day delay on
 * withdrawals of ETH and ERC-20 tokens" (docs.optimism.io, transaction finality). The seeds give the reason: "Shorter windows reduce the incentive for
 * watchers to actively monitor and challenge fraud — the window is calibrated to keep the security model intact".
 * Losers' bonds: Arbitrum sends them to a {@code loserStakeEscrow} set by the chain owner (possibly the burn address);
 * the split here is a parameter.
 */
public final class AssertionChain {

    /** Arbitrum One and OP Mainnet: a challenge window of 7 days. */
    public static final SimTime DEFAULT_WINDOW = SimTime.ofSeconds(7 * 24 * 3600);

    public enum Status {
        /** In its window, or challenged and waiting for the game. */
        PENDING,
        /** Final: its withdrawals can be paid. */
        CONFIRMED,
        /** Proven fraudulent, or built on one that was: removed. */
        REJECTED
    }

    /** A claim about a batch: after {@code batch} from {@code preCommitment}, the state commitment is {@code claimed}. */
    public record Assertion(int id, int parent, EthereumAddress proposer, Hash preCommitment, Hash claimed,
                            TraceInput batch, Wei bond, SimTime postedAt) {
    }

    /** A challenge against an assertion and the game it opened. */
    public record Challenge(int id, int assertionId, EthereumAddress challenger, Wei bond, DisputeGame game) {
    }

    /** A move's verdict and, when accepted, what it created. */
    public record Result<T>(Verdict verdict, Optional<T> value) {
        public Result {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(value, "value");
        }

        /** The value; throws if the move was rejected, with the reason. */
        public T get() {
            return value.orElseThrow(() -> new IllegalStateException(verdict.toString()));
        }
    }

    private final Hash genesis;
    private final StepContext context;
    private final SimTime window;
    private final Wei minimumBond;
    private final int winnerSharePercent;
    private final int degree;
    private final SimTime clock;
    private final List<Assertion> assertions = new ArrayList<>();
    private final List<Status> statuses = new ArrayList<>();
    private final List<Challenge> challenges = new ArrayList<>();
    private final List<Boolean> settled = new ArrayList<>();
    private final Map<EthereumAddress, Wei> paid = new HashMap<>();
    private Wei burnt = Wei.ZERO;

    /**
     * @param genesis            the commitment of the rollup's first state
     * @param winnerSharePercent the part of a loser's bond paid to the winner, 0 to 100; the rest is burnt
     * @param degree             parts per dissection (2: bisection)
     * @param clock              each party's time in a dispute game
     */
    public AssertionChain(Hash genesis, StepContext context, SimTime window, Wei minimumBond, int winnerSharePercent,
                          int degree, SimTime clock) {
        this.genesis = Objects.requireNonNull(genesis, "genesis");
        this.context = Objects.requireNonNull(context, "context");
        this.window = Objects.requireNonNull(window, "window");
        this.minimumBond = Objects.requireNonNull(minimumBond, "minimumBond");
        if (winnerSharePercent < 0 || winnerSharePercent > 100) {
            throw new IllegalArgumentException("the winner's share is a percentage, 0 to 100, not "
                    + winnerSharePercent);
        }
        if (degree < 2) {
            throw new IllegalArgumentException("a dissection has at least 2 parts, not " + degree);
        }
        this.winnerSharePercent = winnerSharePercent;
        this.degree = degree;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A 7-day window, a 1 ether minimum bond, half of a loser's bond to the winner, bisection, 3.5-day clocks. */
    public static AssertionChain withDefaults(Hash genesis, StepContext context) {
        return new AssertionChain(genesis, context, DEFAULT_WINDOW, Wei.ether(1), 50, DisputeGame.BISECTION,
                DisputeGame.DEFAULT_CLOCK);
    }

    public SimTime window() {
        return window;
    }

    /** The commitment the next assertion builds on: the latest assertion not rejected, or genesis. */
    public Hash tipCommitment() {
        int tip = tip();
        return tip < 0 ? genesis : assertions.get(tip).claimed();
    }

    private int tip() {
        for (int i = assertions.size() - 1; i >= 0; i--) {
            if (statuses.get(i) != Status.REJECTED) {
                return i;
            }
        }
        return -1;
    }

    /** Posts the claim that {@code batch}, run from the tip, ends at {@code claimed}. */
    public Result<Assertion> propose(EthereumAddress proposer, TraceInput batch, Hash claimed, Wei bond,
                                     SimTime now) {
        if (bond.isLessThan(minimumBond)) {
            return new Result<>(Verdict.rejected(DisputeRule.BOND_TOO_SMALL, "bond " + bond.toEtherString()
                    + ", minimum " + minimumBond.toEtherString()), Optional.empty());
        }
        int parent = tip();
        Assertion a = new Assertion(assertions.size(), parent, Objects.requireNonNull(proposer, "proposer"),
                tipCommitment(), Objects.requireNonNull(claimed, "claimed"), Objects.requireNonNull(batch, "batch"),
                bond, Objects.requireNonNull(now, "now"));
        assertions.add(a);
        statuses.add(Status.PENDING);
        return new Result<>(Verdict.valid(), Optional.of(a));
    }

    /** Challenges assertion {@code id}, claiming {@code challengerClaim} after its batch instead. */
    public Result<Challenge> challenge(int id, EthereumAddress challenger, Hash challengerClaim, Wei bond,
                                       SimTime now) {
        Assertion a = assertion(id);
        Verdict v = Verdict.valid();
        if (statuses.get(id) != Status.PENDING) {
            v = Verdict.rejected(DisputeRule.ASSERTION_NOT_PENDING, "assertion " + id + " is " + statuses.get(id));
        } else if (!now.isBefore(windowEnd(id))) {
            v = Verdict.rejected(DisputeRule.CHALLENGE_WINDOW_CLOSED, "assertion " + id + "'s window closed at "
                    + days(windowEnd(id)) + ", now is " + days(now));
        } else if (bond.isLessThan(minimumBond)) {
            v = Verdict.rejected(DisputeRule.BOND_TOO_SMALL, "bond " + bond.toEtherString() + ", minimum "
                    + minimumBond.toEtherString());
        } else if (challengerClaim.equals(a.claimed())) {
            v = Verdict.rejected(DisputeRule.CHALLENGE_MUST_DISAGREE, "the challenger claims the assertion's own "
                    + DisputeGame.shortHex(challengerClaim));
        }
        if (!v.isValid()) {
            return new Result<>(v, Optional.empty());
        }
        DisputeGame game = DisputeGame.open(a.preCommitment(), a.batch().length(), a.claimed(), challengerClaim,
                a.batch(), context, degree, clock, now);
        Challenge c = new Challenge(challenges.size(), id, Objects.requireNonNull(challenger, "challenger"), bond,
                game);
        challenges.add(c);
        settled.add(false);
        return new Result<>(Verdict.valid(), Optional.of(c));
    }

    /**
     * Moves the bonds of a decided game: the loser's bond is slashed ({@code winnerSharePercent} to the winner, the
     * rest burnt); the winner's bond comes back. If the defender lost, the assertion and all built on it are rejected.
     */
    public Verdict settle(int challengeId) {
        Challenge c = challenges.get(challengeId);
        if (settled.get(challengeId)) {
            return Verdict.rejected(DisputeRule.GAME_OVER, "challenge " + challengeId + " is already settled");
        }
        if (c.game().winner().isEmpty()) {
            return Verdict.rejected(DisputeRule.GAME_NOT_DECIDED, "challenge " + challengeId + " is at "
                    + c.game());
        }
        settled.set(challengeId, true);
        Assertion a = assertions.get(c.assertionId());
        if (statuses.get(a.id()) == Status.REJECTED) {
            pay(c.challenger(), c.bond()); // the assertion fell to another challenge first: nothing left to decide
            return Verdict.valid();
        }
        if (c.game().winner().get() == DisputeGame.Party.CHALLENGER) {
            slash(a.bond(), c.challenger());
            pay(c.challenger(), c.bond());
            reject(a.id());
        } else {
            slash(c.bond(), a.proposer());
        }
        return Verdict.valid();
    }

    private void reject(int id) {
        statuses.set(id, Status.REJECTED);
        for (Assertion child : assertions) {
            if (child.parent() == id && statuses.get(child.id()) == Status.PENDING) {
                pay(child.proposer(), child.bond()); // it built on a wrong state; its own claim was never tested
                reject(child.id());
            }
        }
    }

    /** Confirms assertion {@code id}: its window is over, no challenge on it is unsettled, its parent is confirmed. */
    public Verdict confirm(int id, SimTime now) {
        Assertion a = assertion(id);
        if (statuses.get(id) != Status.PENDING) {
            return Verdict.rejected(DisputeRule.ASSERTION_NOT_PENDING, "assertion " + id + " is " + statuses.get(id));
        }
        if (now.isBefore(windowEnd(id))) {
            return Verdict.rejected(DisputeRule.NOT_CONFIRMABLE, "assertion " + id + "'s window runs until "
                    + days(windowEnd(id)) + ", now is " + days(now));
        }
        for (Challenge c : challenges) {
            if (c.assertionId() == id && !settled.get(c.id())) {
                return Verdict.rejected(DisputeRule.NOT_CONFIRMABLE, "challenge " + c.id() + " on assertion " + id
                        + " is not settled: " + c.game());
            }
        }
        if (a.parent() >= 0 && statuses.get(a.parent()) != Status.CONFIRMED) {
            return Verdict.rejected(DisputeRule.NOT_CONFIRMABLE, "its parent, assertion " + a.parent() + ", is "
                    + statuses.get(a.parent()));
        }
        statuses.set(id, Status.CONFIRMED);
        pay(a.proposer(), a.bond());
        return Verdict.valid();
    }

    /** Whether a withdrawal included in assertion {@code id}'s batch may be paid on L1 now. */
    public Verdict withdrawalFinal(int id) {
        Status s = status(id);
        if (s == Status.CONFIRMED) {
            return Verdict.valid();
        }
        return Verdict.rejected(DisputeRule.WITHDRAWAL_NOT_FINAL, "assertion " + id + " is " + s
                + (s == Status.PENDING ? ", its window ends at " + days(windowEnd(id)) : ""));
    }

    /** Whether a challenge against assertion {@code id} is not settled yet. */
    public boolean hasOpenChallenge(int id) {
        assertion(id);
        for (Challenge c : challenges) {
            if (c.assertionId() == id && !settled.get(c.id())) {
                return true;
            }
        }
        return false;
    }

    /** When assertion {@code id}'s challenge window closes: the earliest it can be confirmed. */
    public SimTime windowEnd(int id) {
        return assertion(id).postedAt().plus(window);
    }

    public Assertion assertion(int id) {
        if (id < 0 || id >= assertions.size()) {
            throw new IllegalArgumentException("no assertion " + id + "; there are " + assertions.size());
        }
        return assertions.get(id);
    }

    public Status status(int id) {
        assertion(id);
        return statuses.get(id);
    }

    public List<Assertion> assertions() {
        return List.copyOf(assertions);
    }

    public List<Challenge> challenges() {
        return List.copyOf(challenges);
    }

    /** What the contract has paid {@code account}: returned bonds and winnings. */
    public Wei paidTo(EthereumAddress account) {
        return paid.getOrDefault(account, Wei.ZERO);
    }

    /** The part of slashed bonds that was burnt. */
    public Wei burnt() {
        return burnt;
    }

    private void slash(Wei bond, EthereumAddress winner) {
        Wei reward = Wei.of(bond.value().multiply(java.math.BigInteger.valueOf(winnerSharePercent))
                .divide(java.math.BigInteger.valueOf(100)));
        pay(winner, reward);
        burnt = burnt.plus(bond.minus(reward));
    }

    private void pay(EthereumAddress to, Wei amount) {
        paid.merge(to, amount, Wei::plus);
    }

    static String days(SimTime t) {
        return String.format(java.util.Locale.ROOT, "day %.2f", t.toSeconds() / 86400);
    }

    /** One row per assertion: id, parent, proposer, claimed commitment, posted, window end, status. */
    public Table table() {
        IntColumn id = IntColumn.create("assertion");
        IntColumn parent = IntColumn.create("parent");
        StringColumn proposer = StringColumn.create("proposer");
        StringColumn claimed = StringColumn.create("claimed commitment");
        StringColumn posted = StringColumn.create("posted");
        StringColumn end = StringColumn.create("window ends");
        StringColumn status = StringColumn.create("status");
        for (Assertion a : assertions) {
            id.append(a.id());
            parent.append(a.parent());
            proposer.append(a.proposer().toHex().substring(0, 10) + "…");
            claimed.append(DisputeGame.shortHex(a.claimed()));
            posted.append(days(a.postedAt()));
            end.append(days(windowEnd(a.id())));
            status.append(statuses.get(a.id()).name());
        }
        return Table.create("assertions", id, parent, proposer, claimed, posted, end, status);
    }
}
