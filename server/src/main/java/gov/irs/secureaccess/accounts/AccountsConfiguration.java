package gov.irs.secureaccess.accounts;

import gov.irs.secureaccess.accounts.legacy.LegacyAccounts;
import gov.irs.secureaccess.accounts.username.UsernamePolicy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The username policy asks the account store whether a name is taken (REG-7), and the
 * legacy store: an e-Services username is kept when its owner moves (REG-10), so no new
 * account may take it meanwhile.
 */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	@Bean
	UsernamePolicy usernamePolicy(Accounts accounts, LegacyAccounts legacy) {
		return new UsernamePolicy((name) -> accounts.isUsernameTaken(name) || legacy.isUsernameTaken(name));
	}

}
