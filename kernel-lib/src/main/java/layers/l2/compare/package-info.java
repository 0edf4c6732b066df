/**
 * Layer 1 and Layer 2 compared by computation: one {@link layers.l2.compare.SystemProfile} per system the course
 * models, each measurable field taken from running the course's own models with stated inputs
 * ({@link layers.l2.compare.ProfileInputs}), and {@link layers.l2.compare.ComparisonTable}, which fills the
 * 13 aspects of the overview seed's "Differences Between L1 and L2" table from the profiles and checks each of the
 * seed's rows against them.
 */
package layers.l2.compare;
