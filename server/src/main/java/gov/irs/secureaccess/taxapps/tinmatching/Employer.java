package gov.irs.secureaccess.taxapps.tinmatching;

/**
 * A synthetic business with its EIN ({@code NN-NNNNNNN}) and its name as the IRS has it.
 */
public record Employer(String ein, String name) {

	public String einDigits() {
		return this.ein.replace("-", "");
	}

}
