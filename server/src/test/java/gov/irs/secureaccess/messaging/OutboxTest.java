package gov.irs.secureaccess.messaging;

import java.util.Map;
import java.util.UUID;

import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * MSG-1: messages are queued in the transaction of the change that causes them, sealed at
 * rest, never twice.
 */
@IntegrationTest
class OutboxTest {

	@Autowired
	Outbox outbox;

	@Autowired
	JdbcOutbox store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Test
	void MSG_1_whenQueuedOutsideATransaction_thenRefused() {
		assertThatThrownBy(() -> this.outbox.enqueue(email("no-tx@example.test", "d-" + UUID.randomUUID())))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void MSG_1_whenTheCausingChangeRollsBack_thenNoMessageIsQueued() {
		String dedup = "rolled-back-" + UUID.randomUUID();

		this.tx.executeWithoutResult((status) -> {
			this.outbox.enqueue(email("rb@example.test", dedup));
			status.setRollbackOnly();
		});

		assertThat(count(dedup)).isZero();
	}

	@Test
	void MSG_1_whenTheSameMessageIsQueuedAgain_thenItIsKeptOnceWithItsFirstCode() {
		String dedup = "registration-code:" + UUID.randomUUID();

		UUID first = this.tx
			.execute((status) -> this.outbox.enqueue(email("twice@example.test", dedup, "Your code is 111111")));
		UUID second = this.tx
			.execute((status) -> this.outbox.enqueue(email("twice@example.test", dedup, "Your code is 222222")));

		assertThat(second).isEqualTo(first);
		assertThat(count(dedup)).isEqualTo(1);
		assertThat(this.store.newest(100)).filteredOn((entry) -> entry.id().equals(first))
			.singleElement()
			.satisfies((entry) -> assertThat(entry.body()).isEqualTo("Your code is 111111"));
	}

	@Test
	void DATA_1_whenQueued_thenRecipientAndBodyAreSealedInTheTable() {
		String dedup = "sealed-" + UUID.randomUUID();
		this.tx
			.executeWithoutResult((status) -> this.outbox.enqueue(email("sealed@example.test", dedup, "Code 424242")));

		Map<String, Object> row = this.jdbc.sql("select * from outbox_message where dedup_key = :d")
			.param("d", dedup)
			.query()
			.singleRow();

		assertThat(row.values().toString()).doesNotContain("sealed@example.test").doesNotContain("424242");
		assertThat(row.get("status")).isEqualTo("PENDING");
		assertThat(row.get("template")).isEqualTo("test.email");
	}

	private int count(String dedup) {
		return this.jdbc.sql("select count(*) from outbox_message where dedup_key = :d")
			.param("d", dedup)
			.query(Integer.class)
			.single();
	}

	static OutgoingMessage email(String to, String dedup) {
		return email(to, dedup, "Hello");
	}

	static OutgoingMessage email(String to, String dedup, String body) {
		return new OutgoingMessage(Channel.EMAIL, "test.email", to, "Test", body, dedup);
	}

}
