package gov.irs.secureaccess.simulate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import gov.irs.secureaccess.assisted.StaffRole;

/**
 * The service's own report of the run (OUT-1), read as an analyst reads it: signed in
 * with the ANALYST role, the levels and channels tables of {@code /insights} as CSV over
 * the run's dates. It counts every applicant who started (impostors and the takeover
 * victims' registrations included), so it differs from the simulation's count of honest
 * applicants; it shows what the service itself can see.
 */
final class ServiceReport {

	private ServiceReport() {
	}

	static String fetch(Staff staff, int day, LocalDate from, LocalDate to) throws Exception {
		Staff.Member analyst = staff.take(StaffRole.ANALYST, day);
		try {
			String query = "?from=" + from + "&to=" + to + "&by=FISCAL_YEAR";
			StringBuilder table = new StringBuilder();
			table.append("| Row | Started | Completed | Rate |\n|---|---:|---:|---:|\n");
			for (String csv : List.of("levels", "channels")) {
				for (String line : analyst.browser.raw("/insights/" + csv + ".csv" + query).split("\r?\n")) {
					List<String> cells = cells(line);
					if (cells.size() == 7 && cells.get(1).equals("total")) {
						String rate = cells.get(6).isEmpty() ? "–"
								: cells.get(6).equals("suppressed") ? "*" : cells.get(6) + "%";
						table.append("| ")
							.append(cells.get(0))
							.append(" | ")
							.append(cells.get(4))
							.append(" | ")
							.append(cells.get(5))
							.append(" | ")
							.append(rate)
							.append(" |\n");
					}
				}
			}
			return table.toString();
		}
		finally {
			staff.release(StaffRole.ANALYST, analyst);
		}
	}

	private static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (char c : line.toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
