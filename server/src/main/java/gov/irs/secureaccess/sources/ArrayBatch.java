package gov.irs.secureaccess.sources;

import java.sql.Array;
import java.sql.Connection;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes many rows with one statement per chunk: each column travels as a PostgreSQL
 * array and the SQL reads them back with {@code unnest(?, ?, ...)}. Far faster than JDBC
 * batches for the generator's tens of thousands of rows.
 */
public final class ArrayBatch {

	private static final int CHUNK = 5000;

	private ArrayBatch() {
	}

	/**
	 * Inserts the rows in one statement, one array per column.
	 * @param sql a statement whose parameters are one array per column, in order
	 * @param columnTypes the PostgreSQL element type of each column ({@code text},
	 * {@code int4}, {@code bool})
	 * @param rows the rows, each with one value per column
	 */
	public static void update(JdbcTemplate jdbc, String sql, List<String> columnTypes, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += CHUNK) {
			List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
			jdbc.update(sql, (ps) -> {
				Connection connection = ps.getConnection();
				for (int column = 0; column < columnTypes.size(); column++) {
					Object[] values = new Object[chunk.size()];
					for (int row = 0; row < chunk.size(); row++) {
						values[row] = chunk.get(row)[column];
					}
					Array array = connection.createArrayOf(columnTypes.get(column), values);
					ps.setArray(column + 1, array);
				}
			});
		}
	}

}
