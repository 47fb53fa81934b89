package gov.irs.secureaccess.portal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import gov.irs.secureaccess.portal.api.TaxApi;
import gov.irs.secureaccess.portal.api.TaxApiException;

/**
 * A TaxApi for page tests: Olivia Bennett's data (demo person 1), plans that follow the
 * server's rules roughly, TIN indicators by a simple table, and a failure to throw
 * instead on the next call when a test sets one.
 */
public final class FakeTaxApi implements TaxApi {

	public volatile TaxApiException failNext;

	public final List<TinPair> matched = new CopyOnWriteArrayList<>();

	public final List<NamedFile> sent = new CopyOnWriteArrayList<>();

	public volatile PaymentAgreement agreement;

	public final List<BulkJob> jobs = new CopyOnWriteArrayList<>();

	private final AtomicInteger calls = new AtomicInteger();

	/** How many calls were made since the last reset. */
	public int calls() {
		return this.calls.get();
	}

	public void reset() {
		this.calls.set(0);
		this.failNext = null;
		this.matched.clear();
		this.sent.clear();
		this.agreement = null;
		this.jobs.clear();
	}

	private void maybeFail() {
		this.calls.incrementAndGet();
		TaxApiException failure = this.failNext;
		if (failure != null) {
			this.failNext = null;
			throw failure;
		}
	}

	@Override
	public List<Integer> transcriptYears() {
		maybeFail();
		return List.of(2025, 2024);
	}

	@Override
	public ReturnTranscript returnTranscript(int year) {
		maybeFail();
		return new ReturnTranscript(year, "1040", "XXX-XX-0001", "OLIVXX BENNXXX", "1450 MXXXX XXX",
				"Columbus, OH 43215", "Single",
				List.of(new IncomeLine("Wages, salaries, tips", new BigDecimal("61234.56"))),
				new BigDecimal("60100.00"),
				List.of(new PayerLine("W-2", "TARGXX XXXXXXXXXXX", new BigDecimal("61234.56"))));
	}

	@Override
	public AccountTranscript accountTranscript(int year) {
		maybeFail();
		return new AccountTranscript(year, "XXX-XX-0001", "OLIVXX BENNXXX", "Single", new BigDecimal("60100.00"), List
			.of(new Transaction("150", "Tax return filed", LocalDate.of(year + 1, 3, 2), new BigDecimal("2418.50"))),
				new BigDecimal("2418.50"), LocalDate.of(2026, 11, 22));
	}

	@Override
	public IpPin ipPin() {
		maybeFail();
		return new IpPin(2026, "314159");
	}

	@Override
	public Balance balance() {
		maybeFail();
		return new Balance(2025, new BigDecimal("2418.50"), LocalDate.of(2026, 11, 22), this.agreement);
	}

	@Override
	public PaymentOverview paymentAgreement() {
		maybeFail();
		return new PaymentOverview(2025, new BigDecimal("2418.50"), new BigDecimal("33.60"), 2, 72, 28, this.agreement);
	}

	@Override
	public PaymentAgreement createPaymentAgreement(BigDecimal monthlyAmount, int dayOfMonth) {
		maybeFail();
		if (this.agreement != null) {
			throw new TaxApiException(409, "refused", "already", "ALREADY_ACTIVE", null);
		}
		if (monthlyAmount.compareTo(new BigDecimal("33.60")) < 0) {
			throw new TaxApiException(400, "refused", "low", "AMOUNT_TOO_LOW", null);
		}
		int months = new BigDecimal("2418.50").divide(monthlyAmount, 0, RoundingMode.CEILING).intValue();
		this.agreement = new PaymentAgreement(1, 2025, new BigDecimal("2418.50"), monthlyAmount, dayOfMonth, months,
				new BigDecimal("168.50"), LocalDate.of(2026, 12, dayOfMonth), "ACTIVE",
				Instant.parse("2026-11-22T10:00:00Z"));
		return this.agreement;
	}

	@Override
	public void cancelPaymentAgreement() {
		maybeFail();
		this.agreement = null;
	}

	@Override
	public List<TinResult> matchTins(List<TinPair> pairs) {
		maybeFail();
		this.matched.addAll(pairs);
		List<TinResult> results = new ArrayList<>();
		for (int i = 0; i < pairs.size(); i++) {
			TinPair pair = pairs.get(i);
			int indicator = pair.tin().isEmpty() ? 1 : pair.name().contains("Bennett") ? 0 : 3;
			results.add(new TinResult(i, indicator, "X"));
		}
		return results;
	}

	@Override
	public BulkJob submitBulk(byte[] file) {
		maybeFail();
		BulkJob job = new BulkJob(UUID.randomUUID(), "DONE", new String(file).split("\n").length,
				Instant.parse("2026-11-22T10:00:00Z"), Instant.parse("2026-11-22T10:01:00Z"),
				new BulkSummary(Map.of(0, 1, 4, 1), 1,
						List.of(new BadLine(2, "expected 3 or 4 fields separated by semicolons, found 2"))));
		this.jobs.add(0, job);
		return job;
	}

	@Override
	public List<BulkJob> bulkJobs() {
		maybeFail();
		return List.copyOf(this.jobs);
	}

	@Override
	public BulkJob bulkJob(UUID id) {
		maybeFail();
		return this.jobs.stream()
			.filter((job) -> job.id().equals(id))
			.findFirst()
			.orElseThrow(() -> new TaxApiException(404, "not_found", "There is no such job.", null, null));
	}

	@Override
	public byte[] bulkResults(UUID id) {
		bulkJob(id);
		return "1;666-01-0001;Olivia Bennett;A1;0\r\n".getBytes();
	}

	@Override
	public Receipt sendDocuments(String kind, String number, List<NamedFile> files) {
		maybeFail();
		this.sent.addAll(files);
		return new Receipt("DD-7KQ4-M9XP-2HCW-R3TZ", files.size(), Instant.parse("2026-11-22T10:00:00Z"));
	}

}
