package gov.irs.secureaccess.accounts.legacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import gov.irs.secureaccess.accounts.Accounts;
import gov.irs.secureaccess.accounts.password.PasswordHasher;
import gov.irs.secureaccess.signin.TestAccounts;
import gov.irs.secureaccess.sources.Ssn;
import gov.irs.secureaccess.support.IntegrationTest;
import gov.irs.secureaccess.support.TestSsns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * REG-10: the import command for a legacy e-Services extract (docs/legacy-accounts.md).
 */
@IntegrationTest
class LegacyImportTest {

	private static final String HEADER = "username,password_hash,first_name,last_name,ssn,email\n";

	private static final AtomicInteger NEXT = new AtomicInteger();

	@Autowired
	LegacyImport importer;

	@Autowired
	LegacyAccounts legacy;

	@Autowired
	Accounts accounts;

	@Autowired
	PasswordHasher hasher;

	@TempDir
	Path folder;

	@Test
	void REG_10_whenAGoodExtractIsImported_thenEveryAccountIsStoredSealedAndItsOldPasswordVerifies()
			throws IOException {
		String hash = LegacyPasswordScheme.hash("old e-services pw", new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, 100);
		Ssn first = TestSsns.next();
		Ssn second = TestSsns.next();
		String a = name("Ann.Preparer");
		String b = name("bob");
		Path file = write("good.csv",
				HEADER + a + "," + hash + ",Ann,Avery," + first.formatted() + ",ann@example.test\n" + "\n" + b + ",\""
						+ hash + "\",Bob,\"O'Brien, Jr\"," + second.formatted().replace("-", "")
						+ ",Bob@Example.test\n");

		assertThat(this.importer.importFile(file)).isEqualTo(2);

		LegacyAccount ann = this.legacy.findByUsername(a.toLowerCase()).orElseThrow();
		assertThat(ann.username()).isEqualTo(a);
		assertThat(ann.ssn()).isEqualTo(first);
		assertThat(LegacyPasswordScheme.verify("old e-services pw", ann.passwordHash())).isTrue();
		LegacyAccount bob = this.legacy.findBySsn(second).orElseThrow();
		assertThat(bob.lastName()).isEqualTo("O'Brien, Jr");
		assertThat(bob.email()).isEqualTo("bob@example.test");
	}

	@Test
	void REG_10_whenLinesAreBad_thenEachIsReportedByFileAndLineWithoutItsValueAndNothingIsImported()
			throws IOException {
		String hash = LegacyPasswordScheme.hash("pw", new byte[8], 10);
		Ssn good = TestSsns.next();
		String keep = name("keeper");
		Path file = write("extract-2017.csv",
				HEADER + keep + "," + hash + ",Kim,Keeper," + good.formatted() + ",kim@example.test\n"
						+ name("weakhash") + ",md5$0cc175b9c0f1b6a831c399e269772661,Al,Alpha,"
						+ TestSsns.next().formatted() + ",al@example.test\n" + name("badssn") + "," + hash
						+ ",Bo,Beta,123-45-6789,bo@example.test\n" + name("noemail") + "," + hash + ",Cy,Gamma,"
						+ TestSsns.next().formatted() + ",not-an-email\n" + "x y," + hash + ",Di,Delta,"
						+ TestSsns.next().formatted() + ",di@example.test\n");

		LegacyImportException refused = catchThrowableOfType(LegacyImportException.class,
				() -> this.importer.importFile(file));

		assertThat(refused.problems()).hasSize(4);
		assertThat(refused.problems().get(0))
			.startsWith("extract-2017.csv line 3: password_hash must be pbkdf2-sha256");
		assertThat(refused.problems().get(1)).startsWith("extract-2017.csv line 4: ssn");
		assertThat(refused.problems().get(2)).startsWith("extract-2017.csv line 5: email must be");
		assertThat(refused.problems().get(3)).startsWith("extract-2017.csv line 6: username must be");
		assertThat(refused.getMessage()).doesNotContain("0cc175b9", "123-45-6789", "not-an-email", "x y", "Alpha",
				"Beta");
		assertThat(this.legacy.findByUsername(keep)).as("one transaction per file").isEmpty();
		assertThat(this.legacy.findBySsn(good)).isEmpty();
	}

	@Test
	void REG_10_whenAUsernameOrSsnIsRepeatedOrAlreadyImportedOrASecureAccessUsername_thenTheLineIsRefused()
			throws IOException {
		String hash = LegacyPasswordScheme.hash("pw", new byte[8], 10);
		Ssn ssn = TestSsns.next();
		String user = name("dupe");
		assertThat(this.importer.importFile(
				write("first.csv", HEADER + user + "," + hash + ",Ed,Echo," + ssn.formatted() + ",ed@example.test\n")))
			.isEqualTo(1);
		TestAccounts.Made existing = TestAccounts.active(this.accounts, this.hasher, "legacyimport");
		Ssn other = TestSsns.next();

		Path file = write("second.csv",
				HEADER + user.toUpperCase() + "," + hash + ",Ed,Echo," + TestSsns.next().formatted()
						+ ",ed@example.test\n" + name("fresh") + "," + hash + ",Ed,Echo," + ssn.formatted()
						+ ",ed@example.test\n" + existing.username() + "," + hash + ",Fay,Fox,"
						+ TestSsns.next().formatted() + ",fay@example.test\n" + name("twin") + "," + hash + ",Gus,Golf,"
						+ other.formatted() + ",gus@example.test\n" + name("twin2") + "," + hash + ",Gus,Golf,"
						+ other.formatted() + ",gus@example.test\n");

		assertThat(catchThrowableOfType(LegacyImportException.class, () -> this.importer.importFile(file)).problems())
			.containsExactly("second.csv line 2: duplicate username: already imported",
					"second.csv line 3: duplicate ssn: already imported",
					"second.csv line 4: username is already a Secure Access account's username",
					"second.csv line 6: duplicate ssn (same as line 5)");
		assertThat(this.legacy.findBySsn(other)).isEmpty();
	}

	@Test
	void REG_10_whenTheHeaderIsWrongOrTheFileIsMissing_thenTheFileIsRefusedWithItsReason() throws IOException {
		assertThatThrownBy(() -> this.importer.importFile(write("cols.csv", "username,password,ssn\nx,y,z\n")))
			.isInstanceOf(LegacyImportException.class)
			.hasMessageContaining("cols.csv line 1: header lacks required column password_hash");
		assertThatThrownBy(() -> this.importer.importFile(this.folder.resolve("absent.csv")))
			.isInstanceOf(LegacyImportException.class)
			.hasMessageContaining("absent.csv line 0: cannot be read");
		assertThatThrownBy(() -> this.importer.importFile(write("empty.csv", HEADER)))
			.isInstanceOf(LegacyImportException.class)
			.hasMessageContaining("empty.csv line 1: no accounts");
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(this.folder.resolve(name), content, StandardCharsets.UTF_8);
	}

	private static String name(String base) {
		return base + ".imp" + NEXT.incrementAndGet() + System.nanoTime() % 100000;
	}

}
