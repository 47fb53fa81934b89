package gov.irs.secureaccess.insights;

import java.util.List;

/**
 * One row of a rate table: an assurance level (Figure 4.11.1) or a channel, with one
 * {@link Outcome} per period and the whole range's.
 *
 * @param key {@code loa-1}..{@code loa-3}, or a channel code
 */
public record RateRow(String key, List<Outcome> periods, Outcome total) {

}
