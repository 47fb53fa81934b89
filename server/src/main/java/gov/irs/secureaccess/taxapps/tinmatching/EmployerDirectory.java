package gov.irs.secureaccess.taxapps.tinmatching;

import java.util.Optional;

/**
 * Where TIN Matching finds business TINs (port): the employer with an EIN, if the IRS
 * issued it.
 */
public interface EmployerDirectory {

	/**
	 * @param digits nine digits, no hyphen
	 */
	Optional<Employer> byEin(String digits);

}
