package gov.irs.secureaccess.assisted;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The store of staff roles (AST-4): which accounts are assistors or TAC officers. */
@Service
public class StaffRoles {

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffRoles(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void grant(long accountId, StaffRole role, String grantedBy) {
		this.jdbc.sql("""
				insert into staff_role (account_id, role, granted_at, granted_by) values (:id, :role, :now, :by)
				on conflict do nothing
				""")
			.param("id", accountId)
			.param("role", role.name())
			.param("now", Timestamp.from(this.clock.instant()))
			.param("by", grantedBy)
			.update();
	}

	@Transactional(readOnly = true)
	public Set<StaffRole> of(long accountId) {
		Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
		this.jdbc.sql("select role from staff_role where account_id = :id")
			.param("id", accountId)
			.query(String.class)
			.list()
			.forEach((role) -> roles.add(StaffRole.valueOf(role)));
		return roles;
	}

	@Transactional(readOnly = true)
	public boolean isStaff(long accountId) {
		return !of(accountId).isEmpty();
	}

}
