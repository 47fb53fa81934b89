package gov.irs.secureaccess.taxapps.tinmatching;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.sources.taxrecords.TaxRecords;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.TestSsns;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * FED-1 TIN Matching: every indicator with the rule's number (0 match, 1 TIN missing, 2
 * TIN not issued, 3 no match, 4 invalid request, 5 duplicate request, 6/7/8 a TIN of
 * unknown type matched as SSN, EIN or both), against the demo people's tax records and
 * the synthetic employers.
 */
@IntegrationTest
class TinMatcherTest {

	private static final String OLIVIA = "666-01-0001";

	@Autowired
	TinMatcher matcher;

	@Autowired
	InteractiveTinMatching interactive;

	@Autowired
	TaxRecords taxRecords;

	@Test
	void FED_1_indicator0_whenNameAndSsnMatch_thenZero() {
		assertThat(codes(pair(1, OLIVIA, "Olivia Bennett"), pair(1, "666010001", "Bennett, Olivia"),
				pair(1, "666-01-0005", "Alejandro Hernandez Ruiz"), pair(1, "666-01-0010", "Grace OConnor"),
				pair(1, "666-01-0014", "Robert A Johnson Jr")))
			.containsExactly(0, 0, 0, 0, 0);
	}

	@Test
	void FED_1_indicator0_whenNameAndEinMatch_thenZero() {
		assertThat(codes(pair(2, "07-4200101", "Blue Heron Logistics LLC"), pair(2, "083100202", "Copper Kettle Diner"),
				pair(2, "69-4401010", "O'Malley & Daughters Construction")))
			.containsExactly(0, 0, 0);
	}

	@Test
	void FED_1_indicator1_whenTinIsMissingOrNotNineDigits_thenOne() {
		assertThat(codes(pair(1, "", "Olivia Bennett"), pair(1, null, "Olivia Bennett"),
				pair(1, "66601000", "Olivia Bennett"), pair(2, "07-42001O1", "Blue Heron Logistics LLC"),
				pair(1, "666-01-00011", "Olivia Bennett")))
			.containsExactly(1, 1, 1, 1, 1);
	}

	@Test
	void FED_1_indicator2_whenTinIsNotIssued_thenTwo() {
		Ssn unissued = TestSsns.next();
		assertThat(this.taxRecords.findBySsn(unissued)).isEmpty();

		assertThat(codes(pair(1, unissued.formatted(), "Olivia Bennett"), pair(1, "123-45-6789", "Olivia Bennett"),
				pair(2, "07-9999999", "Blue Heron Logistics LLC"), pair(2, OLIVIA.replace("-", ""), "Olivia Bennett"),
				pair(3, unissued.formatted(), "Olivia Bennett")))
			.containsExactly(2, 2, 2, 2, 2);
	}

	@Test
	void FED_1_indicator3_whenNameDoesNotMatchTheTin_thenThree() {
		assertThat(codes(pair(1, OLIVIA, "Olivia Smith"), pair(2, "07-4200101", "Red Heron Logistics LLC"),
				pair(3, OLIVIA, "Olivia Smith")))
			.containsExactly(3, 3, 3);
	}

	@Test
	void FED_1_indicator4_whenTheRequestIsInvalid_thenFour() {
		assertThat(codes(pair(4, OLIVIA, "Olivia Bennett"), pair(null, OLIVIA, "Olivia Bennett"), pair(1, OLIVIA, ""),
				pair(1, OLIVIA, "   "), pair(1, OLIVIA, "O".repeat(41)), pair(1, OLIVIA, "<script>Bennett"),
				pair(1, OLIVIA, "--")))
			.containsExactly(4, 4, 4, 4, 4, 4, 4);
	}

	@Test
	void FED_1_indicator5_whenTheSamePairComesTwice_thenTheSecondIsFive() {
		assertThat(codes(pair(1, OLIVIA, "Olivia Bennett"), pair(1, "666010001", "OLIVIA  BENNETT"),
				pair(3, OLIVIA, "Olivia Bennett"), pair(1, OLIVIA, "Olivia Smith"), pair(1, OLIVIA, "Olivia Smith")))
			.containsExactly(0, 5, 6, 3, 5);
	}

	@Test
	void FED_1_indicators6and7_whenTypeIsUnknown_thenMatchedAsSsnOrAsEin() {
		assertThat(codes(pair(3, OLIVIA, "Olivia Bennett"), pair(3, "07-4200101", "Blue Heron Logistics LLC")))
			.containsExactly(6, 7);
	}

	@Test
	void FED_1_indicator8_whenTypeIsUnknownAndTheTinIsIssuedAsBoth_thenEight() {
		EmployerDirectory sameNumber = (digits) -> digits.equals("666010001")
				? Optional.of(new Employer("66-6010001", "Bennett & Co")) : Optional.empty();
		TinMatcher matcher = new TinMatcher(this.taxRecords, sameNumber);

		List<MatchIndicator> results = matcher.match(List.of(pair(3, OLIVIA, "Bennett"),
				pair(3, OLIVIA, "Olivia Bennett"), pair(2, OLIVIA, "Bennett & Co")));

		assertThat(results).extracting(MatchIndicator::code).containsExactly(8, 6, 0);
	}

	@Test
	void FED_1_whenInteractiveRequestHasMoreThan25Pairs_thenItIsRefusedWhole() {
		List<TinPair> twentyFive = IntStream.range(0, 25).mapToObj((i) -> pair(1, OLIVIA, "Olivia Bennett")).toList();
		List<TinPair> twentySix = Stream.concat(twentyFive.stream(), Stream.of(pair(1, OLIVIA, "X"))).toList();

		assertThat(this.interactive.match(7, twentyFive)).hasSize(25)
			.startsWith(MatchIndicator.MATCH)
			.endsWith(MatchIndicator.DUPLICATE);
		assertThatThrownBy(() -> this.interactive.match(7, twentySix)).isInstanceOf(TinMatchingRefused.class)
			.hasMessageContaining("25");
		assertThatThrownBy(() -> this.interactive.match(7, List.of())).isInstanceOf(TinMatchingRefused.class);
	}

	@Test
	void FED_1_whenPairsArePrinted_thenNeitherTinNorNameShows() {
		assertThat(pair(1, OLIVIA, "Olivia Bennett").toString()).doesNotContain("666").doesNotContain("Bennett");
	}

	private List<Integer> codes(TinPair... pairs) {
		return this.matcher.match(List.of(pairs)).stream().map(MatchIndicator::code).toList();
	}

	private static TinPair pair(Integer type, String tin, String name) {
		return new TinPair(type, tin, name, null);
	}

}
