package layers.l1.execution;

import layers.l1.fees.Wei;
import layers.l1.keys.EthereumAddress;

import java.util.List;
import java.util.Map;

/** Accounts and a small DeFi world: two tokens and a pool with liquidity. */
final class ExecutionFixtures {

    static final EthereumAddress ALICE = address(0xa1);
    static final EthereumAddress BOB = address(0xb0);
    static final EthereumAddress CAROL = address(0xca);
    static final EthereumAddress BUILDER = address(0xfe);
    static final EthereumAddress GOLD = ContractAddresses.create(ALICE, 0);
    static final EthereumAddress SILVER = ContractAddresses.create(ALICE, 1);
    static final EthereumAddress POOL = ContractAddresses.create(ALICE, 6);

    private ExecutionFixtures() {
    }

    static EthereumAddress address(int last) {
        byte[] b = new byte[EthereumAddress.LENGTH];
        b[EthereumAddress.LENGTH - 1] = (byte) last;
        return EthereumAddress.of(b);
    }

    static ExecutionState genesis() {
        return ExecutionState.genesis(Map.of(ALICE, Wei.ether(100), BOB, Wei.ether(10)));
    }

    /**
     * Alice deploys GOLD and SILVER, mints 1,500,000 and 2,000,000 to herself and 5,000 GOLD to Bob, creates a pool
     * and adds 1,000,000 GOLD and 2,000,000 SILVER to it.
     */
    static List<ExecutionBlock> defiSetup() {
        return List.of(ExecutionBlock.of(1,
                        Tx.of(ALICE, 0, new Action.DeployToken("GOLD")),
                        Tx.of(ALICE, 1, new Action.DeployToken("SILVER")),
                        Tx.of(ALICE, 2, new Action.Mint(GOLD, ALICE, TokenAmount.of(1_500_000))),
                        Tx.of(ALICE, 3, new Action.Mint(SILVER, ALICE, TokenAmount.of(2_000_000))),
                        Tx.of(ALICE, 4, new Action.Mint(GOLD, BOB, TokenAmount.of(5_000))),
                        Tx.of(ALICE, 5, new Action.Mint(SILVER, BOB, TokenAmount.of(1)))),
                ExecutionBlock.of(2,
                        Tx.of(ALICE, 6, new Action.CreatePool(GOLD, SILVER)),
                        Tx.of(ALICE, 7, new Action.AddLiquidity(POOL, TokenAmount.of(1_000_000),
                                TokenAmount.of(2_000_000)))));
    }

    static ExecutionState defi() {
        ExecutionState s = genesis();
        for (ExecutionBlock b : defiSetup()) {
            BlockOutcome o = s.apply(b);
            if (!o.isValid() || !o.receipts().stream().allMatch(Receipt::isSuccess)) {
                throw new IllegalStateException("setup failed: " + o);
            }
        }
        return s;
    }
}
