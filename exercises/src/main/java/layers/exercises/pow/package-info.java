/**
 * The exercises of the proof-of-work notebook: Bitcoin's difficulty retarget, heaviest-chain fork choice, the
 * whitepaper's double-spend probability and the confirmations it asks for, and the selfish-mining strategy of Eyal
 * and Sirer.
 */
package layers.exercises.pow;
