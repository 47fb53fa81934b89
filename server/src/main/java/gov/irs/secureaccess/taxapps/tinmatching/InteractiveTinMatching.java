package gov.irs.secureaccess.taxapps.tinmatching;

import java.util.List;
import java.util.Objects;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interactive TIN Matching (FED-1): up to {@value #MAX_PAIRS} name/TIN pairs per request,
 * an indicator for each, answered at once. Each request is audited with its size, never
 * its TINs (DATA-3, DATA-4).
 */
@Service
public class InteractiveTinMatching {

	public static final int MAX_PAIRS = 25;

	private final TinMatcher matcher;

	private final AuditLog audit;

	InteractiveTinMatching(TinMatcher matcher, AuditLog audit) {
		this.matcher = Objects.requireNonNull(matcher, "matcher");
		this.audit = Objects.requireNonNull(audit, "audit");
	}

	/**
	 * Matches the pairs typed on the page (TIN Matching, interactive).
	 * @throws TinMatchingRefused with no pair or more than {@value #MAX_PAIRS}
	 */
	@Transactional
	public List<MatchIndicator> match(long accountId, List<TinPair> pairs) {
		if (pairs == null || pairs.isEmpty()) {
			throw new TinMatchingRefused("Enter at least one name and TIN.");
		}
		if (pairs.size() > MAX_PAIRS) {
			throw new TinMatchingRefused("Enter no more than " + MAX_PAIRS + " names and TINs at a time.");
		}
		List<MatchIndicator> results = this.matcher.match(pairs);
		this.audit
			.record(AuditEvent.of("account:" + accountId, "tin-matching.interactive", "account:" + accountId, null)
				.with("pairs", Integer.toString(pairs.size())));
		return results;
	}

}
