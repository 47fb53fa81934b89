package gov.irs.secureaccess.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import gov.irs.secureaccess.platform.crypto.KeyedHash;
import gov.irs.secureaccess.support.IntegrationTest;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * DATA-4 across the V80 migration: a log written by the single-chain version (before V80)
 * still verifies afterwards, as shard 0, whose next entry links to the last old one; and
 * a node of the old version can no longer append. Runs the migrations on a database of
 * its own in the test cluster.
 */
@IntegrationTest
class AuditChainMigrationTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	private final String database = "audit_migration_" + UUID.randomUUID().toString().replace("-", "");

	private DriverManagerDataSource migrated;

	@BeforeEach
	void createDatabase() {
		this.jdbc.sql("create database " + this.database).update();
		HikariDataSource pool = (HikariDataSource) this.dataSource;
		this.migrated = new DriverManagerDataSource(
				pool.getJdbcUrl().replaceFirst("/postgres(\\?|$)", "/" + this.database + "$1"), pool.getUsername(),
				pool.getPassword());
	}

	@AfterEach
	void dropDatabase() {
		this.jdbc.sql("drop database if exists " + this.database + " with (force)").update();
	}

	@Test
	void DATA_4_whenTheSingleChainIsMigrated_thenEveryOldEntryStillVerifiesAndShardZeroContinuesIt() {
		flyway("75").migrate();
		JdbcClient db = JdbcClient.create(this.migrated);
		ChainHash chainHash = new ChainHash(this.keyedHash);
		String prevHash = ChainHash.GENESIS;
		Instant at = Instant.parse("2026-11-02T10:15:30.123456Z");
		for (long seq = 1; seq <= 3; seq++) {
			// What the single-chain version appended (JdbcAuditLog before V80).
			String hash = chainHash.legacy(prevHash, seq, at.plusSeconds(seq), "account:42", "signin.succeeded",
					"account:42", "203.0.113.7", Map.of("factor", "sms"));
			db.sql("""
					insert into audit_event (seq, occurred_at, actor, action, subject, source_address, details,
					                         prev_hash, hash)
					values (:seq, :at, 'account:42', 'signin.succeeded', 'account:42', '203.0.113.7', '{"factor":"sms"}',
					        :prev, :hash)
					""")
				.param("seq", seq)
				.param("at", Timestamp.from(at.plusSeconds(seq)))
				.param("prev", prevHash)
				.param("hash", hash)
				.update();
			prevHash = hash;
		}
		String lastOld = prevHash;

		flyway(null).migrate();

		JdbcAuditLog log = new JdbcAuditLog(db, this.keyedHash, this.json, this.clock);
		AuditChainVerifier verifier = new AuditChainVerifier(db, log, this.keyedHash);
		ChainVerification afterMigration = verifier.verify();
		assertThat(afterMigration.intact()).as(afterMigration.problem()).isTrue();
		assertThat(afterMigration.entriesChecked()).isEqualTo(3);
		assertThat(afterMigration.shards().get(0)).satisfies((shard) -> {
			assertThat(shard.headShardSeq()).isEqualTo(3);
			assertThat(shard.headSeq()).isEqualTo(3);
			assertThat(shard.headHash()).isEqualTo(lastOld);
		});

		TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(this.migrated));
		AuditEntry inShardZero = tx.execute((status) -> log
			.record(AuditEvent.of("system", "test.after-migration", AuditShardsTest.subjectIn(0), null)));
		AuditEntry inShardOne = tx.execute((status) -> log
			.record(AuditEvent.of("system", "test.after-migration", AuditShardsTest.subjectIn(1), null)));

		assertThat(inShardZero.shardSeq()).isEqualTo(4);
		assertThat(inShardZero.seq()).isEqualTo(4);
		assertThat(inShardZero.prevHash()).isEqualTo(lastOld);
		assertThat(inShardOne.shardSeq()).isEqualTo(1);
		assertThat(inShardOne.prevHash()).isEqualTo(ChainHash.GENESIS);
		ChainVerification afterAppends = verifier.verify();
		assertThat(afterAppends.intact()).as(afterAppends.problem()).isTrue();
		assertThat(afterAppends.entriesChecked()).isEqualTo(5);

		// A node still running the single-chain version fails its audited action rather
		// than fork the chain.
		assertThatThrownBy(() -> db
			.sql("""
					insert into audit_event (seq, occurred_at, actor, action, subject, source_address, details, prev_hash, hash)
					values (6, now(), 'system', 'test.old-node', null, null, '{}', :prev, 'x')
					""")
			.param("prev", inShardOne.hash())
			.update()).hasMessageContaining("null value");
	}

	@Test
	void DATA_4_whenAnOldEntryIsEditedAfterTheMigration_thenVerificationFindsIt() {
		flyway("75").migrate();
		JdbcClient db = JdbcClient.create(this.migrated);
		ChainHash chainHash = new ChainHash(this.keyedHash);
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		db.sql("""
				insert into audit_event (seq, occurred_at, actor, action, subject, source_address, details, prev_hash, hash)
				values (1, :at, 'system', 'test.legacy', null, null, '{}', :prev, :hash)
				""")
			.param("at", Timestamp.from(at))
			.param("prev", ChainHash.GENESIS)
			.param("hash", chainHash.legacy(ChainHash.GENESIS, 1, at, "system", "test.legacy", null, null, Map.of()))
			.update();
		flyway(null).migrate();
		AuditChainVerifier verifier = new AuditChainVerifier(db,
				new JdbcAuditLog(db, this.keyedHash, this.json, this.clock), this.keyedHash);
		assertThat(verifier.verify().intact()).isTrue();

		db.sql("alter table audit_event disable trigger audit_event_no_update").update();
		db.sql("update audit_event set action = 'test.forged' where seq = 1").update();

		ChainVerification verification = verifier.verify();
		assertThat(verification.intact()).isFalse();
		assertThat(verification.firstBrokenSeq()).isEqualTo(1);
		assertThat(verification.problem()).startsWith("shard 0:").contains("edited");
	}

	private Flyway flyway(String target) {
		FluentConfiguration configuration = Flyway.configure()
			.dataSource(this.migrated)
			.locations("classpath:db/migration");
		if (target != null) {
			configuration.target(target);
		}
		return configuration.load();
	}

}
