package gov.irs.secureaccess.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import gov.irs.secureaccess.messaging.OutboxReader;
import gov.irs.secureaccess.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static gov.irs.secureaccess.support.FormTokens.csrf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * SIGN-6 under a race: sessions live in PostgreSQL, and twenty requests of one session at
 * once (a double click, many tabs) each end with their own answer, never a 500 from two
 * of them saving the same new session attribute or from one saving into a session another
 * just ended. Twenty threads released together against the real database.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SessionRaceTest {

	private static final int REQUESTS = 20;

	private static final AtomicInteger SENDER = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	OutboxReader outbox;

	@Test
	void SIGN_6_whenTwentyRequestsOfOneSessionAddTheSameNewAttributeAtOnce_thenNoneFails() throws Exception {
		Cookie session = session();

		List<Integer> statuses = race(() -> askForCode(session));

		assertThat(statuses).as("each request's own answer: a redirect to the code page").containsOnly(302);
	}

	@Test
	void SIGN_6_whenOneRequestEndsTheSessionWhileOthersWriteToIt_thenNoneFails() throws Exception {
		Cookie session = session();
		AtomicInteger n = new AtomicInteger();

		List<Integer> statuses = race(() -> (n.getAndIncrement() % 2 == 0)
				? post("/sign-out").with(csrf()).cookie(session) : askForCode(session));

		assertThat(statuses).doesNotContain(500).containsOnly(302);
	}

	/**
	 * The document drop's first form: keeps a new attribute in the session (each from its
	 * own email and address).
	 */
	private MockHttpServletRequestBuilder askForCode(Cookie session) {
		int n = SENDER.incrementAndGet();
		return post("/documents").with(csrf()).with((request) -> {
			request.setRemoteAddr("10.14.3." + (n % 250));
			return request;
		})
			.cookie(session)
			.param("email", "racer" + n + "@example.test")
			.param("kind", "NOTICE")
			.param("number", "CP2000-0417");
	}

	/**
	 * A session holding one attribute already (a sign-in journey), as a browser has after
	 * its first form.
	 */
	private Cookie session() throws Exception {
		SigninDriver browser = new SigninDriver(this.mvc, this.outbox);
		browser.submit("username", Map.of("username", "racing.someone"));
		assertThat(browser.session()).isNotNull();
		return new Cookie("SESSION", browser.session());
	}

	private List<Integer> race(Supplier<MockHttpServletRequestBuilder> request) throws Exception {
		CyclicBarrier start = new CyclicBarrier(REQUESTS);
		ExecutorService threads = Executors.newFixedThreadPool(REQUESTS);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < REQUESTS; i++) {
				MockHttpServletRequestBuilder built = request.get();
				answers.add(threads.submit(() -> {
					start.await(30, TimeUnit.SECONDS);
					return this.mvc.perform(built).andReturn().getResponse().getStatus();
				}));
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> answer : answers) {
				statuses.add(answer.get(2, TimeUnit.MINUTES));
			}
			return statuses;
		}
		finally {
			threads.shutdownNow();
		}
	}

}
