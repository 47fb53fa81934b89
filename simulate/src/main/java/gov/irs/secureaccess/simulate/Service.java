package gov.irs.secureaccess.simulate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import gov.irs.secureaccess.SecureAccessApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real service, started in this process as the run command starts it (embedded mode:
 * its own PostgreSQL under the data folder), with the run's source files, the e-Services
 * extract, and the simulated clock in place of the system clock. Settings: the README's,
 * plus {@code server.forward-headers-strategy=native} (as behind a proxy, so each
 * person's address is their own) and the daily letter batch switched off (letters stay in
 * the outbox, where the simulation's post office reads them). With {@code irs2018}, the
 * {@code irs-2018} profile: the rules of 2018.
 */
final class Service implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private Service(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static Service start(Path dataDir, Path sources, Path legacy, SimulatedClock clock, boolean irs2018, int port,
			Map<String, String> extra) {
		List<String> args = new ArrayList<>(List.of("--server.port=" + port, "--secure-access.data-dir=" + dataDir,
				"--secure-access.sources.csv-dir=" + sources, "--secure-access.legacy.import=" + legacy,
				"--secure-access.legacy.generator.enabled=false", "--secure-access.letters.batch-cron=-",
				"--server.forward-headers-strategy=native", "--spring.main.banner-mode=off",
				// Management (metrics) on any free port: the simulation never reads it,
				// and a fixed one may be taken.
				"--management.server.port=0", "--logging.level.root=WARN", "--logging.level.gov.irs.secureaccess=WARN",
				"--spring.datasource.hikari.maximum-pool-size=24", "--server.tomcat.threads.max=64"));
		if (irs2018) {
			args.add("--spring.profiles.active=irs-2018");
		}
		extra.forEach((name, value) -> args.add("--" + name + "=" + value));
		SpringApplication application = new SpringApplicationBuilder(SecureAccessApplication.class)
			// The service's every part takes time from this clock (platform/clock: a
			// Clock bean, if none is given).
			.initializers((context) -> context.getBeanFactory().registerSingleton("clock", clock))
			.build();
		return new Service(application.run(args.toArray(String[]::new)));
	}

	int port() {
		return ((WebServerApplicationContext) this.context).getWebServer().getPort();
	}

	String base() {
		return "http://localhost:" + port();
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
