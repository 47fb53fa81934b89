package gov.irs.secureaccess.registration.address;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REG-3: the compare command measures a labelled corpus from outside
 * ({@code --secure-access.address.compare=pairs.csv}) with the header issue 12 gives, and
 * refuses a file that is not one with the line that is wrong.
 */
class AddressCompareCommandTest {

	private static final String HEADER = "id,label,category,rec_line1,rec_line2,rec_city,rec_state,rec_postal,rec_country,"
			+ "ent_line1,ent_line2,ent_city,ent_state,ent_postal,ent_country,note";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... lines) throws IOException {
		Path file = this.dir.resolve("pairs.csv");
		Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
		return AddressCompareCommand.run(file.toString(), new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	@Test
	void REG_3_whenALabelledCorpusIsGiven_thenOneLinePerPairAndFalseRejectsAndAcceptsByCategoryUsAndAbroad()
			throws IOException {
		int status = run("\uFEFF" + HEADER,
				"p1,match,us-po-box,PO Box 1187,,Bozeman,MT,59771,US,P.O. Box 1187,,Bozeman,Montana,59771,,",
				"p2,mismatch,us-po-box,PO Box 1187,,Bozeman,MT,59771,US,PO Box 1178,,Bozeman,MT,59771,,",
				"p3,match,made-up,2200 Pine St,,Seattle,WA,98101,US,2200 Pine St,,Tacoma,WA,98101,,",
				"\"p,4\",match,ca-unit-dash,88 Harbour St,Unit 1205,Toronto,ON,M5J 0C3,CA,1205-88 Harbour St,,Toronto,ON,M5J 0C3,Canada");

		assertThat(status).isZero();
		assertThat(out()).startsWith("id,expected,actual,reason\n")
			.contains("p1,match,match,\n")
			.contains("p2,mismatch,mismatch,STREET_NUMBER_DIFFERS\n")
			.contains("p3,match,mismatch,CITY_DIFFERS\n")
			.contains("\"p,4\",match,match,\n")
			.containsPattern("made-up +1 +1 +1 +0 +0")
			.containsPattern("us-po-box +2 +1 +0 +1 +0")
			.containsPattern("all +4 +1 of 3 +33\\.33% +0 of 1 +0\\.00%")
			.containsPattern("US +3 +1 of 2 +50\\.00% +0 of 1 +0\\.00%")
			.containsPattern("abroad +1 +0 of 1 +0\\.00% +0 of 0 +0\\.00%");
		assertThat(this.err.toString(StandardCharsets.UTF_8)).isEmpty();
	}

	@Test
	void REG_3_whenTheFileIsMissingOrNotALabelledCorpus_thenExitStatus2AndTheLineThatIsWrong() throws IOException {
		assertThat(run("id,label,something else")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("line 1: the header must be " + HEADER);

		this.err.reset();
		assertThat(run(HEADER, "p1,maybe,x,PO Box 1,,Bozeman,MT,59771,US,PO Box 1,,Bozeman,MT,59771,,")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("line 2: label must be match or mismatch");

		this.err.reset();
		assertThat(run(HEADER, "p1,match,x,PO Box 1,,Bozeman,ZZ,59771,US,PO Box 1,,Bozeman,MT,59771,,")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("line 2: the record is not a valid address");

		this.err.reset();
		assertThat(AddressCompareCommand.run(this.dir.resolve("absent.csv").toString(), System.out,
				new PrintStream(this.err, true, StandardCharsets.UTF_8)))
			.isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("no such file");
	}

	@Test
	void REG_3_whenTheCommandLineNamesTheCompareOption_thenItsFileIsTheArgument() {
		assertThat(AddressCompareCommand
			.fileArgument(new String[] { "--server.port=1", "--secure-access.address.compare=pairs.csv" }))
			.isEqualTo("pairs.csv");
		assertThat(AddressCompareCommand.fileArgument(new String[] { "--server.port=1" })).isNull();
	}

}
