package gov.irs.secureaccess.audit;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.stereotype.Component;

/**
 * {@code GET /actuator/auditchain}: verifies every shard's audit chain and reports, per
 * shard, what is broken or the head to anchor elsewhere.
 */
@Component
@Endpoint(id = "auditchain")
class AuditChainEndpoint {

	private final AuditChainVerifier verifier;

	AuditChainEndpoint(AuditChainVerifier verifier) {
		this.verifier = verifier;
	}

	@ReadOperation
	ChainVerification verify() {
		return this.verifier.verify();
	}

}
