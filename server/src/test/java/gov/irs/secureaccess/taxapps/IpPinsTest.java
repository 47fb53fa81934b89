package gov.irs.secureaccess.taxapps;

import java.time.Duration;
import java.time.Instant;

import gov.irs.secureaccess.registration.TestPeople;
import gov.irs.secureaccess.sources.SourcesProperties;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecord;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.MutableClock;
import gov.irs.secureaccess.support.TestSsns;
import gov.irs.secureaccess.taxapps.ippin.IpPin;
import gov.irs.secureaccess.taxapps.ippin.IpPins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** FED-1 Get an IP PIN: this year's six-digit PIN, stable for the year, never logged. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class IpPinsTest {

	@Autowired
	IpPins ipPins;

	@Autowired
	SourcesProperties sources;

	@Autowired
	MutableClock clock;

	private Instant start;

	@BeforeEach
	void remember() {
		this.start = this.clock.instant();
	}

	@AfterEach
	void restore() {
		this.clock.set(this.start);
	}

	@Test
	void FED_1_whenTheRecordHoldsAPinForTheSeasonAfterItsReturnYear_thenThatIsThisYearsPin() {
		TaxRecord olivia = new TestPeople(this.sources).demo(1).taxRecord();
		this.clock.set(Instant.parse((olivia.returnYear() + 1) + "-03-01T12:00:00Z"));

		IpPin pin = this.ipPins.current(olivia.ssn());

		assertThat(pin.year()).isEqualTo(olivia.returnYear() + 1);
		assertThat(pin.pin()).isEqualTo("314159");
	}

	@Test
	void FED_1_whenAPersonHasNoPinOnRecord_thenTheirPinIsSixDigitsTheSameAllYearAndNewNextYear(CapturedOutput output) {
		TestPeople people = new TestPeople(this.sources);
		TaxRecord first = people.ordinary(40).taxRecord();
		TaxRecord second = people.ordinary(41).taxRecord();
		this.clock.set(Instant.parse("2027-01-02T00:00:00Z"));

		IpPin january = this.ipPins.current(first.ssn());
		this.clock.advance(Duration.ofDays(300));
		IpPin october = this.ipPins.current(first.ssn());
		this.clock.advance(Duration.ofDays(100));
		IpPin nextYear = this.ipPins.current(first.ssn());
		IpPin someoneElse = this.ipPins.current(second.ssn());

		assertThat(january.pin()).matches("\\d{6}").isNotEqualTo("000000");
		assertThat(october).isEqualTo(january);
		assertThat(nextYear.year()).isEqualTo(2028);
		assertThat(nextYear.pin()).isNotEqualTo(january.pin());
		assertThat(someoneElse.pin()).isNotEqualTo(january.pin());
		assertThat(january.toString()).doesNotContain(january.pin());
		assertThat(output.getAll()).doesNotContain(january.pin()).doesNotContain(nextYear.pin());
	}

	@Test
	void FED_1_whenNoReturnIsOnFile_thenNoPin() {
		Ssn stranger = TestSsns.next();

		assertThatThrownBy(() -> this.ipPins.current(stranger)).isInstanceOf(NotOnFileException.class);
	}

}
