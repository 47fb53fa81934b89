package gov.irs.secureaccess.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * How sessions are written to PostgreSQL (SIGN-6), so that requests racing in one session
 * (a double click, a page and its assets, twenty tabs) all end well. Spring Session saves
 * only the attributes a request changed: two requests that both add the same new
 * attribute both insert it, and the second broke on the primary key (a 500). Here an
 * attribute is inserted or, if a racing request got there first, updated; and one is
 * never written for a session that a racing sign-out has just deleted (the foreign key
 * would refuse it). Last writer wins, as for every other session change.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

	/**
	 * Parameters in Spring Session's order: session primary id, attribute name, attribute
	 * bytes.
	 */
	static final String CREATE_ATTRIBUTE = """
			WITH attribute (session_primary_id, attribute_name, attribute_bytes) AS (VALUES (?, ?, ?))
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			SELECT a.session_primary_id, a.attribute_name, a.attribute_bytes
			  FROM attribute a JOIN %TABLE_NAME% s ON s.PRIMARY_ID = a.session_primary_id
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> racingSessionWrites() {
		return (repository) -> repository.setCreateSessionAttributeQuery(CREATE_ATTRIBUTE);
	}

}
