package gov.irs.secureaccess.factors;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import gov.irs.secureaccess.accounts.AccountLogin;

import org.springframework.stereotype.Component;

/** Every {@link SecondFactor} of the service, in order of preference. */
@Component
public class SecondFactors {

	private final List<SecondFactor> factors;

	SecondFactors(List<SecondFactor> factors) {
		this.factors = factors.stream().sorted(Comparator.comparingInt(SecondFactor::preference)).toList();
	}

	/** The factor of this name, if the service has it. */
	public Optional<SecondFactor> byId(String id) {
		return this.factors.stream().filter((factor) -> factor.id().equals(id)).findFirst();
	}

	/** The factors the account can use, preferred first. */
	public List<SecondFactor> configuredFor(AccountLogin login) {
		return this.factors.stream().filter((factor) -> factor.configuredFor(login)).toList();
	}

	/**
	 * The typed factor a sign-in of this account starts with, or empty when it has none
	 * (then it cannot sign in online).
	 */
	public Optional<SecondFactor> first(AccountLogin login) {
		return this.factors.stream().filter((factor) -> factor.typed() && factor.configuredFor(login)).findFirst();
	}

}
