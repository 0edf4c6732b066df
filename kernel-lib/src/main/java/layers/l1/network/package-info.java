/**
 * Part II: the network simulator every consensus model of the course runs on. A deterministic discrete-event engine
 * ({@link layers.l1.network.EventQueue}, {@link layers.l1.network.SimTime}, seeded
 * {@link layers.l1.network.SimRandom}), nodes in measured {@link layers.l1.network.Region regions} joined by a
 * random {@link layers.l1.network.Topology} of outbound connections, links whose delay is latency + size /
 * bandwidth ({@link layers.l1.network.Network#messageDelay}), and {@link layers.l1.network.Gossip} flooding of
 * blocks with the times they reach 50%, 90% and 100% of the nodes.
 *
 * <p>The mechanisms that use it live beside the chapter that teaches them, e.g. {@code layers.l1.pow}.
 */
package layers.l1.network;
