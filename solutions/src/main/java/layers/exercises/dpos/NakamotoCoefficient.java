package layers.exercises.dpos;

/**
 * How concentrated voting power is, in one whole number: the Nakamoto coefficient, the smallest number of holders who
 * together control more than a given share of it. More than a third of a BFT chain's votes can stop it from
 * finalising; more than half can outvote everyone else.
 */
public interface NakamotoCoefficient {

    /**
     * The fewest holders whose weights add up to more than {@code numerator/denominator} of the total weight, taking
     * the largest first. Exactly that share is not more than it: of three equal holders, one has exactly a third,
     * so it takes two to have more than a third. 0 if there are no holders or the total is 0. {@code weights} is
     * left in the order it came in. Exact: the total of the weights times {@code denominator} fits in a
     * {@code long}; no floating point.
     *
     * @param weights each holder's votes (tokens, stake), in any order
     * @throws IllegalArgumentException if a weight is negative, or the share is not at least 0 and below 1
     *     ({@code numerator < 0}, {@code denominator <= 0} or {@code numerator >= denominator})
     */
    int nakamoto(long[] weights, long numerator, long denominator);
}
