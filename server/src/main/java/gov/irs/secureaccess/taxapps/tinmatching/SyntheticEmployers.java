package gov.irs.secureaccess.taxapps.tinmatching;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The business TINs TIN Matching knows: a small fixed set of fictional employers whose
 * EIN prefixes (07, 08, 09, 17, 18, 19, 28, 29, 49, 69, 70, 78) the IRS has never
 * assigned, so no real business can be hit. Listed in docs/tax-applications.md.
 */
@Component
public final class SyntheticEmployers implements EmployerDirectory {

	public static final List<Employer> ALL = List.of(new Employer("07-4200101", "Blue Heron Logistics LLC"),
			new Employer("08-3100202", "The Copper Kettle Diner"),
			new Employer("09-5500303", "Northwind Orchard Co-op"),
			new Employer("17-2200404", "Quillfeather Publishing Inc."),
			new Employer("18-6600505", "Harborview Dental Group PC"),
			new Employer("19-7700606", "Sagebrush Solar & Wind LLC"),
			new Employer("28-1400707", "Tallgrass Veterinary Clinic"),
			new Employer("29-8800808", "Juniper Lane Accounting PLLC"),
			new Employer("49-3300909", "Redwood Trail Outfitters Inc."),
			new Employer("69-4401010", "O'Malley & Daughters Construction"),
			new Employer("70-5501111", "Silverline Courier Services"),
			new Employer("78-6601212", "Three Rivers Community Health Center"));

	private static final Map<String, Employer> BY_DIGITS = ALL.stream()
		.collect(Collectors.toUnmodifiableMap(Employer::einDigits, Function.identity()));

	@Override
	public Optional<Employer> byEin(String digits) {
		return Optional.ofNullable(BY_DIGITS.get(digits));
	}

}
