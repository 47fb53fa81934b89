package gov.irs.secureaccess.sources.creditbureau;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import gov.irs.secureaccess.sources.SourceKeys;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.creditbureau.AccountCheckResult.Outcome;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The embedded reference credit bureau. Account digits are compared as keyed hashes only
 * (DATA-2).
 */
public final class JdbcCreditBureau implements CreditBureau {

	private static final List<String> CARD_TYPES = List.of(AccountType.CREDIT_CARD.name(),
			AccountType.DEBIT_CARD.name(), AccountType.CORPORATE_CARD.name());

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final SourceKeys keys;

	private final Clock clock;

	public JdbcCreditBureau(JdbcClient jdbc, TransactionTemplate transactions, SourceKeys keys, Clock clock) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.transactions = Objects.requireNonNull(transactions, "transactions");
		this.keys = Objects.requireNonNull(keys, "keys");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	@Override
	public AccountCheckResult check(AccountCheck check) {
		String ssnHash = this.keys.ssn(check.ssn());
		return this.transactions.execute((status) -> {
			recordInquiry(ssnHash, check.requester());
			Optional<Boolean> frozen = this.jdbc.sql("select frozen from credit_file where ssn_hash = :ssnHash")
				.param("ssnHash", ssnHash)
				.query(Boolean.class)
				.optional();
			if (frozen.isEmpty()) {
				return AccountCheckResult.of(Outcome.NO_FILE);
			}
			if (frozen.get()) {
				return AccountCheckResult.of(Outcome.FROZEN);
			}
			List<String> types = check.pickedType().isCard() ? CARD_TYPES : List.of(check.pickedType().name());
			return this.jdbc.sql("""
					select account_type, card_network from credit_account
					where ssn_hash = :ssnHash and last8_hash = :last8Hash and account_type in (:types)
					order by id limit 1""")
				.param("ssnHash", ssnHash)
				.param("last8Hash", Last8Hash.of(this.keys, ssnHash, check.last8()))
				.param("types", types)
				.query((rs, row) -> {
					String network = rs.getString("card_network");
					return AccountCheckResult.match(AccountType.valueOf(rs.getString("account_type")),
							(network != null) ? CardNetwork.valueOf(network) : null);
				})
				.optional()
				.orElseGet(() -> AccountCheckResult.of(Outcome.NO_MATCH));
		});
	}

	@Override
	public FileCoverage coverage(Ssn ssn, List<AccountType> accepted, String requester) {
		String ssnHash = this.keys.ssn(ssn);
		return this.transactions.execute((status) -> {
			recordInquiry(ssnHash, requester);
			Optional<Boolean> frozen = this.jdbc.sql("select frozen from credit_file where ssn_hash = :ssnHash")
				.param("ssnHash", ssnHash)
				.query(Boolean.class)
				.optional();
			if (frozen.isEmpty()) {
				return FileCoverage.NO_FILE;
			}
			if (frozen.get()) {
				return FileCoverage.FROZEN;
			}
			// A credit card counts unless it is American Express; debit and corporate
			// cards never count (REG-4).
			List<String> loans = accepted.stream().filter((type) -> !type.isCard()).map(AccountType::name).toList();
			long held = this.jdbc.sql("""
					select count(*) from credit_account where ssn_hash = :ssnHash and (
					  (:cards and account_type = 'CREDIT_CARD'
					   and (card_network is null or card_network <> 'AMERICAN_EXPRESS'))
					  or account_type in (:loans))""")
				.param("ssnHash", ssnHash)
				.param("cards", accepted.contains(AccountType.CREDIT_CARD))
				.param("loans", loans.isEmpty() ? List.of("-") : loans)
				.query(Long.class)
				.single();
			return (held > 0) ? FileCoverage.HAS_ACCEPTED : FileCoverage.NONE_ACCEPTED;
		});
	}

	@Override
	public List<SoftInquiry> inquiries(Ssn ssn) {
		return this.jdbc.sql("""
				select requester, inquired_at from credit_inquiry where ssn_hash = :ssnHash
				order by inquired_at, id""")
			.param("ssnHash", this.keys.ssn(ssn))
			.query((rs, row) -> new SoftInquiry(rs.getString("requester"), rs.getTimestamp("inquired_at").toInstant()))
			.list();
	}

	private void recordInquiry(String ssnHash, String requester) {
		this.jdbc
			.sql("insert into credit_inquiry (ssn_hash, requester, inquired_at) values (:ssnHash, :requester, :at)")
			.param("ssnHash", ssnHash)
			.param("requester", requester)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

}
