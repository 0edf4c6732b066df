package layers.l2.channels;

import layers.l1.ledger.Amount;

/** A chain with Alice funded, and a 1,000,000-sat channel from Alice to Bob with to_self_delay 144. */
final class ChannelFixture {

    static final ChannelParty ALICE = ChannelParty.fromSeed("Alice", 1);
    static final ChannelParty BOB = ChannelParty.fromSeed("Bob", 2);
    static final Amount CAPACITY = Amount.sats(1_000_000);
    static final Amount FUNDING_FEE = Amount.sats(500);

    final ChannelChain chain = new ChannelChain();
    final PaymentChannel channel;

    ChannelFixture() {
        chain.credit(ALICE.wallet().publicKey(), Amount.sats(2_000_000));
        channel = PaymentChannel.open(chain, ALICE, BOB, CAPACITY, FUNDING_FEE, ChannelConfig.defaults());
    }

    /** Alice pays Bob {@code sats} {@code times} times. */
    ChannelFixture payments(int times, long sats) {
        for (int i = 0; i < times; i++) {
            if (!channel.pay(ChannelSide.A, Amount.sats(sats)).isValid()) {
                throw new IllegalStateException("payment " + i + " failed");
            }
        }
        return this;
    }
}
