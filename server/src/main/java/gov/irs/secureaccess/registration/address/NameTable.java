package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rows of names that denote the same place ("QC|Quebec|Québec"), looked up by their canonical tokens. */
final class NameTable {

	private final Map<String, List<List<String>>> rowsByName = new HashMap<>();

	NameTable(List<String> rows) {
		for (String row : rows) {
			List<List<String>> forms = new ArrayList<>();
			for (String name : row.split("\\|")) {
				List<String> tokens = AddressText.tokens(name);
				if (!tokens.isEmpty() && !forms.contains(tokens)) {
					forms.add(tokens);
				}
			}
			forms.sort(Comparator.comparingInt((List<String> form) -> form.size()).reversed());
			for (List<String> form : forms) {
				this.rowsByName.putIfAbsent(key(form), List.copyOf(forms));
			}
		}
	}

	/** Every form of the name (longest first), or just the name itself when no row holds it. */
	List<List<String>> forms(List<String> name) {
		if (name.isEmpty()) {
			return List.of();
		}
		return this.rowsByName.getOrDefault(key(name), List.of(name));
	}

	boolean contains(List<String> name) {
		return this.rowsByName.containsKey(key(name));
	}

	static String key(List<String> tokens) {
		return String.join(" ", tokens);
	}

}
