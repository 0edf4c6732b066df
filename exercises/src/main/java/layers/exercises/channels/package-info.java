/**
 * The exercises of the channels-and-Lightning notebook: check a channel update, find the secret that punishes a
 * revoked commitment, compute a route's per-hop amounts and time locks, settle or time out an HTLC, and find the
 * cheapest route in a small channel graph.
 */
package layers.exercises.channels;
