package gov.irs.secureaccess.accounts.password;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * PW-2's common/breached list as one in-memory set, checked case-insensitively on the
 * NFKC form. Built once at start-up from nbvcxz's bundled {@code passwords} dictionary
 * (the 100,000 most frequent passwords of public breach corpora, ranked), this service's
 * context words and the operator's optional extra list. Entries shorter than the minimum
 * length are dropped: the length rule refuses those already.
 */
final class CommonPasswords {

	private final Set<String> entries;

	CommonPasswords(Collection<? extends Collection<String>> lists, int minLength) {
		Set<String> set = new HashSet<>();
		for (Collection<String> list : lists) {
			for (String entry : list) {
				String folded = PasswordText.folded(entry);
				if (PasswordText.length(folded) >= minLength) {
					set.add(folded);
				}
			}
		}
		this.entries = Set.copyOf(set);
	}

	boolean contains(String password) {
		return this.entries.contains(PasswordText.folded(password));
	}

	int size() {
		return this.entries.size();
	}

}
