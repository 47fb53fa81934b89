package gov.irs.secureaccess.taxapps.api;

import gov.irs.secureaccess.audit.AuditEvent;
import gov.irs.secureaccess.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that an application read a person's tax data through the API (DATA-4): who,
 * which application, what.
 */
@Component
class ApiAudit {

	private final AuditLog audit;

	ApiAudit(AuditLog audit) {
		this.audit = audit;
	}

	@Transactional
	void read(ApiCaller caller, String what, HttpServletRequest request) {
		this.audit.record(AuditEvent.of(caller.actor(), "taxapps." + what, caller.actor(), request.getRemoteAddr())
			.with("client", caller.clientId()));
	}

}
