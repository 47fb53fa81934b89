package gov.irs.secureaccess.federation;

import java.util.Optional;

import gov.irs.secureaccess.platform.crypto.KeyedHash;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SubjectAccounts} in {@code pairwise_subject}: the subject is the keyed hash
 * (HMAC-SHA-256 under the lookup key) of the client id and the account id, so it reveals
 * neither and cannot be linked across applications without the key; kept so it can be
 * resolved back and stays the same if the lookup key is ever rotated.
 */
@Service
class PairwiseSubjects implements SubjectAccounts {

	static final String PURPOSE = "federation.pairwise-subject";

	private final JdbcClient jdbc;

	private final KeyedHash keyedHash;

	PairwiseSubjects(JdbcClient jdbc, KeyedHash keyedHash) {
		this.jdbc = jdbc;
		this.keyedHash = keyedHash;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Long> accountFor(String clientId, String subject) {
		return this.jdbc.sql("select account_id from pairwise_subject where client_id = :client and subject = :subject")
			.param("client", clientId)
			.param("subject", subject)
			.query(Long.class)
			.optional();
	}

	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public String subjectFor(String clientId, long accountId) {
		Optional<String> existing = find(clientId, accountId);
		if (existing.isPresent()) {
			return existing.get();
		}
		this.jdbc
			.sql("insert into pairwise_subject (client_id, account_id, subject) values (:client, :account, :subject) "
					+ "on conflict do nothing")
			.param("client", clientId)
			.param("account", accountId)
			.param("subject", this.keyedHash.of(PURPOSE, clientId.length() + ":" + clientId + ":" + accountId))
			.update();
		return find(clientId, accountId).orElseThrow();
	}

	private Optional<String> find(String clientId, long accountId) {
		return this.jdbc.sql("select subject from pairwise_subject where client_id = :client and account_id = :account")
			.param("client", clientId)
			.param("account", accountId)
			.query(String.class)
			.optional();
	}

}
