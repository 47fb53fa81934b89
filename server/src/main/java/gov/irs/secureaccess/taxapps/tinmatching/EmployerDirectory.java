package gov.irs.secureaccess.taxapps.tinmatching;

import java.util.Optional;

/**
 * Where TIN Matching finds business TINs (port): the employer with an EIN, if the IRS
 * issued it.
 */
public interface EmployerDirectory {

	/**
	 * The employer with this EIN, if there is one.
	 * @param digits nine digits, no hyphen
	 */
	Optional<Employer> byEin(String digits);

}
