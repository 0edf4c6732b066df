/**
 * Part III: an execution layer, small enough to read, with Ethereum's shape: accounts, a fungible token and a
 * constant-product pool, every operation metered in gas ({@link layers.l1.execution.GasSchedule}), fees by EIP-1559
 * ({@link layers.l1.fees.Eip1559}), failed transactions reverted but paid for, and a state root after every block.
 * The rollup parts reuse it as their virtual machine.
 *
 * <ul>
 *   <li>{@link layers.l1.execution.ExecutionState}: the state and {@code apply(block)}; reads, the state root,
 *       Merkle proofs of entries ({@link layers.l1.execution.EntryProof}).</li>
 *   <li>{@link layers.l1.execution.Tx} and its {@link layers.l1.execution.Action} kinds; a block is an
 *       {@link layers.l1.execution.ExecutionBlock}; each transaction yields a {@link layers.l1.execution.Receipt}
 *       (status, gas used, logs).</li>
 *   <li>{@link layers.l1.execution.ConstantProduct}: Uniswap v2's {@code getAmountOut} and K check.</li>
 * </ul>
 *
 * <pre>{@code
 * var alice = EthereumAddress.fromHex("0x00000000000000000000000000000000000a11ce");
 * var state = ExecutionState.genesis(Map.of(alice, Wei.ether(100)));
 * var token = ContractAddresses.create(alice, 0);
 * state.apply(ExecutionBlock.of(1, Tx.of(alice, 0, new Action.DeployToken("GOLD")),
 *         Tx.of(alice, 1, new Action.Mint(token, alice, TokenAmount.of(1_000_000)))));
 * state.tokenBalance(token, alice)   // 1000000
 * }</pre>
 *
 * <p>Simplified: no signatures (the sender is given), no bytecode or EVM (the operations are built in), no gas
 * refunds for clearing storage, no liquidity shares for pool deposits, addresses of new contracts from a plain hash
 * of sender and nonce instead of RLP, and a flat Merkle tree instead of Ethereum's Merkle-Patricia trie.
 */
package layers.l1.execution;
