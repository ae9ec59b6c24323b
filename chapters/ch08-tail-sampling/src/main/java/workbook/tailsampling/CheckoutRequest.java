package workbook.tailsampling;

/**
 * What the simulation knows about one checkout request, to score the samplers against.
 *
 * <p>Immutable.
 *
 * @param traceId     the request's trace
 * @param slow        its database query took 1 to 2 seconds
 * @param failed      its order handling failed
 * @param headSampled a head sampler chose it when it started
 * @param spanCount   how many spans it produced
 */
public record CheckoutRequest(String traceId, boolean slow, boolean failed, boolean headSampled, int spanCount) {}
