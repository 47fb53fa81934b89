package gov.irs.secureaccess.accounts;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When two registrations race, the loser is told what the winner took (REG-5, REG-7: one
 * per person, phone, name).
 */
class AccountConflictTest {

	@Test
	void whenTheRaceWasForTheSamePerson_thenAlreadyRegistered() {
		assertThat(Accounts.conflictOf(duplicate("account_ssn_hash_key")))
			.isEqualTo(AccountConflictException.Conflict.ALREADY_REGISTERED);
	}

	@Test
	void REG_5_whenTheRaceWasForTheSamePhone_thenPhoneTaken() {
		assertThat(Accounts.conflictOf(duplicate("account_phone_hash_key")))
			.isEqualTo(AccountConflictException.Conflict.PHONE_TAKEN);
	}

	@Test
	void REG_7_whenTheRaceWasForTheSameUsername_thenUsernameTaken() {
		assertThat(Accounts.conflictOf(duplicate("account_username_canonical_key")))
			.isEqualTo(AccountConflictException.Conflict.USERNAME_TAKEN);
	}

	private static DuplicateKeyException duplicate(String constraint) {
		return new DuplicateKeyException("insert failed",
				new SQLException("ERROR: duplicate key value violates unique constraint \"" + constraint + "\""));
	}

}
