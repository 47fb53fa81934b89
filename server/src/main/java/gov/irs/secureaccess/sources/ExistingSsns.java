package gov.irs.secureaccess.sources;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Which SSNs already have a row in a source table keyed by {@code ssn_hash}: one query
 * per chunk of SSNs.
 */
public final class ExistingSsns {

	private static final Set<String> TABLES = Set.of("tax_record", "credit_file");

	private static final int CHUNK = 5000;

	private final JdbcTemplate jdbc;

	private final SourceKeys keys;

	public ExistingSsns(JdbcTemplate jdbc, SourceKeys keys) {
		this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
		this.keys = Objects.requireNonNull(keys, "keys");
	}

	public Set<Ssn> existing(String table, Collection<Ssn> ssns) {
		if (!TABLES.contains(table)) {
			throw new IllegalArgumentException("not a table keyed by ssn_hash: " + table);
		}
		Map<String, Ssn> byHash = new HashMap<>();
		ssns.forEach((ssn) -> byHash.put(this.keys.ssn(ssn), ssn));
		List<String> hashes = List.copyOf(byHash.keySet());
		Set<Ssn> found = new HashSet<>();
		for (int from = 0; from < hashes.size(); from += CHUNK) {
			String[] chunk = hashes.subList(from, Math.min(hashes.size(), from + CHUNK)).toArray(String[]::new);
			this.jdbc.query("select ssn_hash from " + table + " where ssn_hash = any(?)",
					(ps) -> ps.setArray(1, ps.getConnection().createArrayOf("text", chunk)),
					(RowCallbackHandler) (rs) -> found.add(byHash.get(rs.getString(1))));
		}
		return found;
	}

}
