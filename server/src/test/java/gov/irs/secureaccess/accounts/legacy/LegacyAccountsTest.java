package gov.irs.secureaccess.accounts.legacy;

import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.TestSsns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LegacyAccountsTest {

	@Autowired
	LegacyAccounts legacy;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storesSealedFindsByUsernameAndSsnAndForgetsTheHashOnRemoval() {
		Ssn ssn = TestSsns.next();
		String username = "Legacy" + ssn.formatted().replace("-", "").substring(5);
		long id = this.legacy
			.add(new LegacyAccount(0, username, "pbkdf2-sha256$1$AA$AA", "Ada", "Lovelace", ssn, "ada@example.test"));

		LegacyAccount found = this.legacy.findByUsername(username.toUpperCase()).orElseThrow();
		assertThat(found.id()).isEqualTo(id);
		assertThat(found.ssn()).isEqualTo(ssn);
		assertThat(found.email()).isEqualTo("ada@example.test");
		assertThat(this.legacy.findBySsn(ssn)).map(LegacyAccount::id).contains(id);
		String stored = this.jdbc.sql("select profile_sealed || ssn_hash from legacy_account where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
		assertThat(stored).doesNotContain(ssn.formatted()).doesNotContain("Lovelace").doesNotContain("ada@");

		assertThatThrownBy(() -> this.legacy.add(new LegacyAccount(0, username + "x", "h", "A", "B", ssn, "e@x.test")))
			.isInstanceOf(DuplicateKeyException.class);

		assertThat(this.legacy.remove(id)).isTrue();
		assertThat(this.legacy.findByUsername(username)).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from legacy_account where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
	}

}
