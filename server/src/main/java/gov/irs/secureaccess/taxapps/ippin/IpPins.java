package gov.irs.secureaccess.taxapps.ippin;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;
import gov.irs.secureaccess.taxapps.NotOnFileException;

import org.springframework.stereotype.Service;

/**
 * Get an IP PIN (FED-1): this calendar year's six-digit Identity Protection PIN of a
 * person with a return on file. The PIN the tax record holds is the one issued for the
 * filing season after its return year; for any other year (and for people the record
 * gives none) the PIN is derived from the SSN and the year with the service's keyed hash,
 * so it is the same all year, different every year, and stored nowhere. It is never
 * logged.
 */
@Service
public class IpPins {

	static final String PURPOSE = "taxapps.ip-pin";

	private final TaxRecords taxRecords;

	private final KeyedHash keyedHash;

	private final Clock clock;

	IpPins(TaxRecords taxRecords, KeyedHash keyedHash, Clock clock) {
		this.taxRecords = Objects.requireNonNull(taxRecords, "taxRecords");
		this.keyedHash = Objects.requireNonNull(keyedHash, "keyedHash");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * The person's current IP PIN, issued on first request.
	 * @throws NotOnFileException when no return is on file: the IRS cannot issue a PIN to
	 * a stranger online
	 */
	public IpPin current(Ssn ssn) {
		TaxRecord record = this.taxRecords.findBySsn(ssn)
			.orElseThrow(() -> new NotOnFileException("No return is on file for you."));
		int year = LocalDate.now(this.clock).getYear();
		if (record.ipPin() != null && year == record.returnYear() + 1) {
			return new IpPin(year, record.ipPin());
		}
		return new IpPin(year, derived(ssn, year));
	}

	private String derived(Ssn ssn, int year) {
		String hash = this.keyedHash.of(PURPOSE, ssn.formatted() + "|" + year);
		long value = Long.parseLong(hash.substring(0, 12), 16);
		// Never 000000: a PIN of all zeros is not issued.
		return String.format("%06d", 1 + (value % 999_999));
	}

}
