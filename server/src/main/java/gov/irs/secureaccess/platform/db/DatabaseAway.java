package gov.irs.secureaccess.platform.db;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure says the database is not there to answer (a failover: the primary
 * gone, the replica not yet promoted, or connections cut under a request), as opposed to
 * a real error the database answered. Pages answer such a failure with the 503 page
 * ({@code DatabaseUnavailable}), the API with a 503 problem ({@code ApiErrors}).
 */
public final class DatabaseAway {

	/**
	 * SQLSTATEs that say the server is not there to answer (PostgreSQL appendix A):
	 * connection exceptions (08), admin or crash shutdown and "cannot connect now"
	 * (57P01-57P03), and a write on a server that is no longer the primary (25006,
	 * read-only transaction: a demoted primary still reached through an old connection).
	 */
	private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "25006");

	private DatabaseAway() {
	}

	/**
	 * True when {@code ex} or any of its causes says the database could not be reached.
	 */
	public static boolean isCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = (cause.getCause() == cause) ? null : cause.getCause()) {
			// A rollback on a connection the failover cut hides the first failure: look
			// at it as well.
			if (cause instanceof TransactionSystemException tx && tx.getApplicationException() != null
					&& tx.getApplicationException() != ex && isCause(tx.getApplicationException())) {
				return true;
			}
			// Hikari's answer on a connection it already closed as broken (no SQLSTATE).
			if (cause instanceof SQLException && "Connection is closed".equals(cause.getMessage())) {
				return true;
			}
			if (cause instanceof CannotGetJdbcConnectionException || cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException) {
				return true;
			}
			if (cause instanceof SQLException sql && sql.getSQLState() != null
					&& (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
				return true;
			}
		}
		return false;
	}

}
