package gov.irs.secureaccess.platform.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.support.RunningServerTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator's monitoring reads, on the management port (its own port by default,
 * loopback only): health probes, metrics, the audit chain check. The public port answers
 * only the liveness and readiness probes.
 */
@RunningServerTest
class OperationsEndpointsTest {

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	AuditLog auditLog;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void whenProbed_thenLivenessAndReadinessAreUpAndReadinessIncludesTheDatabase() throws Exception {
		assertThat(this.managementPort).isNotEqualTo(this.port);
		assertThat(get(this.managementPort, "/actuator/health").body()).contains("\"status\":\"UP\"");
		assertThat(get(this.managementPort, "/actuator/health/liveness").body()).contains("\"status\":\"UP\"");
		HttpResponse<String> readiness = get(this.managementPort, "/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"")
			.contains("\"db\":{\"status\":\"UP\"}")
			.doesNotContain("jdbc:");
	}

	@Test
	void whenALoadBalancerProbesThePublicPort_thenLivezAndReadyzAnswer() throws Exception {
		assertThat(get(this.port, "/livez").statusCode()).isEqualTo(200);
		HttpResponse<String> ready = get(this.port, "/readyz");
		assertThat(ready.statusCode()).isEqualTo(200);
		assertThat(ready.body()).contains("\"status\":\"UP\"").doesNotContain("jdbc:");
	}

	@Test
	void whenScraped_thenPrometheusMetricsAreServedOnTheManagementPort() throws Exception {
		HttpResponse<String> metrics = get(this.managementPort, "/actuator/prometheus");

		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("jvm_memory_used_bytes", "application=\"secure-access\"",
				"hikaricp_connections");
	}

	@Test
	void DATA_4_whenTheAuditChainEndpointIsRead_thenItReportsAnIntactChainAndItsHead() throws Exception {
		this.auditLog.record(AuditEvent.of("system", "test.endpoint", null, null));

		HttpResponse<String> chain = get(this.managementPort, "/actuator/auditchain");

		assertThat(chain.statusCode()).isEqualTo(200);
		assertThat(chain.body()).contains("\"intact\":true", "\"headHash\":\"", "\"entriesChecked\":");
		// Every shard on its own, with the head to anchor elsewhere.
		assertThat(chain.body()).contains("\"shards\":[{\"shard\":0,", "\"shard\":15,", "\"headShardSeq\":");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/actuator/prometheus", "/actuator/auditchain", "/actuator/health", "/actuator" })
	@DisplayName("DATA-3, DATA-4: metrics and the audit chain are not served on the public port, to anyone")
	void DATA_3_whenMonitoringIsAskedOnThePublicPort_thenNothingIsServed(String path) throws Exception {
		HttpResponse<String> response = get(this.port, path);

		assertThat(response.statusCode()).isIn(403, 404);
		assertThat(response.body()).doesNotContain("jvm_memory", "headHash");
	}

	@Test
	void whenAnUnexposedActuatorEndpointIsAsked_thenItIsNotServed() throws Exception {
		assertThat(get(this.managementPort, "/actuator/env").statusCode()).isBetween(400, 499);
		assertThat(get(this.managementPort, "/actuator/heapdump").statusCode()).isBetween(400, 499);
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
