package gov.irs.secureaccess.journey;

import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Wires the journey engine and purges long-expired journeys (their answers may hold PII)
 * every hour.
 */
@Configuration(proxyBeanMethods = false)
class JourneyConfiguration {

	private static final Logger log = LoggerFactory.getLogger(JourneyConfiguration.class);

	@Bean
	JourneyEngine journeyEngine(JourneyRepository repository, Clock clock, ObjectProvider<JourneyObserver> observer) {
		return new JourneyEngine(repository, clock, observer.getIfAvailable(() -> JourneyObserver.NONE));
	}

	/**
	 * Prints every journey's graph once the service is up; each was checked when it was
	 * built (at start-up).
	 */
	@org.springframework.context.event.EventListener(ApplicationReadyEvent.class)
	void printGraphs(ApplicationReadyEvent event) {
		event.getApplicationContext()
			.getBean(JourneyEngine.class)
			.definitions()
			.values()
			.forEach((definition) -> log.info("Journey {}", JourneyDiagram.line(definition)));
	}

	@Bean
	ExpiredJourneyPurge expiredJourneyPurge(JourneyEngine engine,
			@Value("${secure-access.journeys.purge-after:P1D}") Duration grace) {
		return new ExpiredJourneyPurge(engine, grace);
	}

	static final class ExpiredJourneyPurge {

		private final JourneyEngine engine;

		private final Duration grace;

		ExpiredJourneyPurge(JourneyEngine engine, Duration grace) {
			this.engine = engine;
			this.grace = grace;
		}

		@Scheduled(fixedDelayString = "${secure-access.journeys.purge-interval:PT1H}", initialDelayString = "PT5M")
		void purge() {
			int removed = this.engine.purgeExpired(this.grace);
			if (removed > 0) {
				log.info("Purged {} expired journeys", removed);
			}
		}

	}

}
