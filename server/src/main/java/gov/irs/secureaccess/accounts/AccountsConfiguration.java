package gov.irs.secureaccess.accounts;

import gov.irs.secureaccess.accounts.username.UsernamePolicy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The username policy asks the account store whether a name is taken (REG-7). */
@Configuration(proxyBeanMethods = false)
class AccountsConfiguration {

	@Bean
	UsernamePolicy usernamePolicy(Accounts accounts) {
		return new UsernamePolicy(accounts::isUsernameTaken);
	}

}
