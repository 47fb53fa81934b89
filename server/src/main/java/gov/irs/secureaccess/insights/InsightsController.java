package gov.irs.secureaccess.insights;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /insights} (OUT-1, ANALYST role): the verification rates per assurance level
 * laid out like seed 003's Figure 4.11.1 (levels as rows, periods as columns), per
 * channel, and per journey step, for a chosen range; each table as a chart (server-drawn
 * SVG, with the table as its text alternative) and as a CSV download. Counts under the
 * minimum (10) are suppressed ({@link Suppression}).
 */
@Controller
@RequestMapping("/insights")
class InsightsController {

	static final List<String> TABLES = List.of("levels", "channels", "steps");

	private final InsightsReport report;

	private final Suppression suppression;

	private final MessageSource messages;

	private final Clock clock;

	InsightsController(InsightsReport report, MessageSource messages, Clock clock,
			@Value("${secure-access.insights.min-count:10}") int minCount) {
		this.report = report;
		this.messages = messages;
		this.clock = clock;
		this.suppression = new Suppression(minCount);
	}

	/** What the form asked for, or the error and the default range. */
	private record Asked(ReportRange range, String error) {
	}

	@GetMapping
	String page(@RequestParam Optional<String> from, @RequestParam Optional<String> to,
			@RequestParam Optional<String> by, Model model, Locale locale) {
		Asked asked = asked(from, to, by);
		ReportRange range = asked.range();
		List<Period> periods = range.periods();
		List<RateRow> levels = this.report.levels(range);
		List<RateRow> channels = this.report.channels(range);
		List<StepRow> steps = this.report.steps(range);
		model.addAttribute("error", asked.error());
		model.addAttribute("range", range);
		model.addAttribute("granularities", Granularity.values());
		model.addAttribute("periods", periods);
		model.addAttribute("levels", levels);
		model.addAttribute("channels", channels);
		model.addAttribute("steps", steps);
		model.addAttribute("shown", this.suppression);
		model.addAttribute("minimum", this.suppression.minimum());
		model.addAttribute("query", "from=" + range.from() + "&to=" + range.to() + "&by=" + range.by());
		model.addAttribute("levelChart", levelChart(periods, levels, locale));
		model.addAttribute("channelChart", channelChart(channels, locale));
		return "insights/report";
	}

	@GetMapping("/{table}.csv")
	ResponseEntity<String> csv(@PathVariable String table, @RequestParam Optional<String> from,
			@RequestParam Optional<String> to, @RequestParam Optional<String> by, Locale locale) {
		if (!TABLES.contains(table)) {
			return ResponseEntity.notFound().build();
		}
		Asked asked = asked(from, to, by);
		if (asked.error() != null) {
			return ResponseEntity.badRequest()
				.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
				.body(text(asked.error(), locale) + "\n");
		}
		String body = switch (table) {
			case "levels" -> rates(asked.range(), this.report.levels(asked.range()), "level");
			case "channels" -> rates(asked.range(), this.report.channels(asked.range()), "channel");
			default -> steps(this.report.steps(asked.range()));
		};
		String name = "insights-" + table + "-" + asked.range().from() + "-" + asked.range().to() + ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private Asked asked(Optional<String> from, Optional<String> to, Optional<String> by) {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		ReportRange fallback = new ReportRange(today.withDayOfMonth(1).minusMonths(11), today, Granularity.MONTH);
		if (from.isEmpty() && to.isEmpty() && by.isEmpty()) {
			return new Asked(fallback, null);
		}
		Granularity granularity;
		LocalDate start;
		LocalDate end;
		try {
			granularity = by.filter((text) -> !text.isBlank())
				.map((text) -> Granularity.valueOf(text.strip().toUpperCase(Locale.ROOT)))
				.orElse(Granularity.MONTH);
		}
		catch (IllegalArgumentException ex) {
			return new Asked(fallback, "insights.error.by");
		}
		try {
			start = from.filter((text) -> !text.isBlank())
				.map((text) -> LocalDate.parse(text.strip()))
				.orElse(fallback.from());
			end = to.filter((text) -> !text.isBlank()).map((text) -> LocalDate.parse(text.strip())).orElse(today);
		}
		catch (DateTimeParseException ex) {
			return new Asked(fallback, "insights.error.date");
		}
		if (end.isBefore(start)) {
			return new Asked(fallback, "insights.error.order");
		}
		ReportRange range = new ReportRange(start, end, granularity);
		try {
			range.periods();
		}
		catch (IllegalArgumentException ex) {
			return new Asked(fallback, "insights.error.tooMany");
		}
		return new Asked(range, null);
	}

	private String rates(ReportRange range, List<RateRow> rows, String keyColumn) {
		List<Period> periods = range.periods();
		return csv((printer) -> {
			printer.printRecord(keyColumn, "period", "from", "to", "started", "completed", "rate_percent");
			for (RateRow row : rows) {
				for (int i = 0; i < periods.size(); i++) {
					printRate(printer, row.key(), periods.get(i).label(), periods.get(i).from().toString(),
							periods.get(i).until().minusDays(1).toString(), row.periods().get(i));
				}
				printRate(printer, row.key(), "total", range.from().toString(), range.to().toString(), row.total());
			}
		});
	}

	private void printRate(CSVPrinter printer, String key, String period, String from, String to, Outcome outcome)
			throws IOException {
		String rate = this.suppression.rate(outcome, Locale.ROOT);
		printer.printRecord(key, period, from, to, this.suppression.count(outcome.started()),
				this.suppression.count(outcome.completed()), rate.equals(Suppression.HIDDEN_RATE) ? "suppressed"
						: rate.equals(Suppression.NO_RATE) ? "" : rate.replace("%", ""));
	}

	private String steps(List<StepRow> rows) {
		return csv((printer) -> {
			printer.printRecord("journey", "step", "started", "passed", "failed", "abandoned", "failure_reason",
					"failures");
			for (StepRow row : rows) {
				printer.printRecord(row.journey(), row.step(), this.suppression.count(row.started()),
						this.suppression.count(row.passed()), this.suppression.count(row.failed()),
						this.suppression.count(row.abandoned()), "", "");
				List<String> shown = this.suppression.reasons(row);
				for (int i = 0; i < row.reasons().size(); i++) {
					printer.printRecord(row.journey(), row.step(), "", "", "", "", row.reasons().get(i).code(),
							shown.get(i).equals("*") ? "suppressed" : shown.get(i));
				}
			}
		});
	}

	private interface Rows {

		void print(CSVPrinter printer) throws IOException;

	}

	private static String csv(Rows rows) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			rows.print(printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	private String levelChart(List<Period> periods, List<RateRow> levels, Locale locale) {
		List<SvgBarChart.Group> groups = new ArrayList<>();
		for (int i = 0; i < periods.size(); i++) {
			List<SvgBarChart.Bar> bars = new ArrayList<>();
			for (RateRow level : levels) {
				Outcome outcome = level.periods().get(i);
				bars.add(new SvgBarChart.Bar(this.suppression.rateValue(outcome),
						this.suppression.rate(outcome, locale)));
			}
			groups.add(new SvgBarChart.Group(periods.get(i).label(), bars));
		}
		List<String> series = levels.stream().map((row) -> text("insights.level.short." + row.key(), locale)).toList();
		return SvgBarChart.render("levels-chart", text("insights.levels.chart", locale),
				text("insights.chart.description", locale), series, groups, 100);
	}

	private String channelChart(List<RateRow> channels, Locale locale) {
		List<SvgBarChart.Group> groups = channels.stream()
			.map((row) -> new SvgBarChart.Group(text("insights.channel." + row.key(), locale),
					List.of(new SvgBarChart.Bar(this.suppression.rateValue(row.total()),
							this.suppression.rate(row.total(), locale)))))
			.toList();
		return SvgBarChart.render("channels-chart", text("insights.channels.chart", locale),
				text("insights.chart.description", locale), List.of(text("insights.rate", locale)), groups, 100);
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

}
