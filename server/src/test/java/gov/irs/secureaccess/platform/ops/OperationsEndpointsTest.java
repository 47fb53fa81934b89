package gov.irs.secureaccess.platform.ops;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an operator's monitoring reads: health probes, metrics, and the audit chain check. */
@IntegrationTest
@AutoConfigureMockMvc
class OperationsEndpointsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditLog auditLog;

	@Test
	void whenProbed_thenLivenessAndReadinessAreUpAndReadinessIncludesTheDatabase() throws Exception {
		this.mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"))
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(content().string(not(containsString("jdbc:"))));
	}

	@Test
	void whenScraped_thenPrometheusMetricsAreServed() throws Exception {
		this.mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_memory_used_bytes")))
			.andExpect(content().string(containsString("application=\"secure-access\"")))
			.andExpect(content().string(containsString("hikaricp_connections")));
	}

	@Test
	void DATA_4_whenTheAuditChainEndpointIsRead_thenItReportsAnIntactChainAndItsHead() throws Exception {
		this.auditLog.record(AuditEvent.of("system", "test.endpoint", null, null));

		this.mvc.perform(get("/actuator/auditchain")).andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.headHash").isString())
			.andExpect(jsonPath("$.entriesChecked").isNumber());
	}

	@Test
	void whenAnUnexposedActuatorEndpointIsAsked_thenItIsNotServed() throws Exception {
		this.mvc.perform(get("/actuator/env")).andExpect(status().is4xxClientError());
		this.mvc.perform(get("/actuator/heapdump")).andExpect(status().is4xxClientError());
	}

}
