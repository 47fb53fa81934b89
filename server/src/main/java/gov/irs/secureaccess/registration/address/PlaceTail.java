package gov.irs.secureaccess.registration.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The place written at the end of an entered line ("25 Yonge St, Toronto ON M5V 2T6",
 * "Friedrichstr. 43, 10117 Berlin", "1-2-3 Shibuya, Shibuya-ku, Tokyo"): each segment's
 * trailing run of the record's city, region, postal code and country is moved out of the
 * lines into the place fields, when the run holds the city, the postal code or the
 * country or is the whole segment.
 */
final class PlaceTail {

	/** The lines without their place, and the place taken out of them. */
	record Split(List<List<String>> lines, List<String> place) {
	}

	private PlaceTail() {
	}

	static Split split(List<List<String>> lines, RecordPlace place) {
		List<List<String>> out = new ArrayList<>();
		List<String> moved = new ArrayList<>();
		boolean city = false;
		boolean postal = false;
		boolean region = false;
		for (int s = lines.size() - 1; s >= 0; s--) {
			List<String> segment = lines.get(s);
			int end = segment.size();
			boolean any = false;
			boolean strong = false;
			boolean progress = true;
			while (progress && end > 0) {
				progress = false;
				// The first of postal code, region, city and country that ends the
				// segment here (each part once); the later ones are not looked for.
				int postalLength = postal ? 0 : postalEndingAt(segment, end, place);
				int regionLength = (postalLength > 0 || region) ? 0 : regionEndingAt(segment, end, place);
				int cityLength = (postalLength > 0 || regionLength > 0 || city) ? 0
						: keyEndingAt(segment, end, place.cityKeys(), place);
				int countryLength = (postalLength > 0 || regionLength > 0 || cityLength > 0) ? 0
						: countryEndingAt(segment, end, place);
				postal |= postalLength > 0;
				region |= regionLength > 0;
				city |= cityLength > 0;
				strong |= postalLength > 0 || cityLength > 0 || countryLength > 0;
				int length = Math.max(Math.max(postalLength, regionLength), Math.max(cityLength, countryLength));
				if (length > 0) {
					end -= length;
					any = true;
					progress = true;
				}
			}
			if (any && (strong || end == 0) && (end > 0 || s > 0)) {
				moved.addAll(0, segment.subList(end, segment.size()));
				if (end > 0) {
					out.add(0, segment.subList(0, end));
				}
			}
			else {
				out.add(0, segment);
			}
		}
		return new Split(out, moved);
	}

	private static int postalEndingAt(List<String> segment, int end, RecordPlace place) {
		for (int length = Math.min(3, end); length >= 1; length--) {
			List<String> run = segment.subList(end - length, end);
			if (run.stream().anyMatch((t) -> t.chars().anyMatch(Character::isDigit))
					&& (PostalCodes.looksLike(place.country(), run)
							|| PlaceCheck.samePostal(AddressText.squash(run), place, length == 1))) {
				int mark = 0;
				for (int m = Math.min(3, end - length); m >= 1; m--) {
					if (PostalCodes.markAt(place.country(), segment, end - length - m) == m) {
						mark = m;
						break;
					}
				}
				return length + mark;
			}
		}
		return 0;
	}

	private static int regionEndingAt(List<String> segment, int end, RecordPlace place) {
		for (int length = Math.min(4, end); length >= 1; length--) {
			if (Regions.named(place.country(), segment.subList(end - length, end)).isPresent()) {
				return length;
			}
		}
		return 0;
	}

	private static int countryEndingAt(List<String> segment, int end, RecordPlace place) {
		for (int length = Math.min(4, end); length >= 1; length--) {
			String code = CountryNames.resolve(segment.subList(end - length, end));
			if (code != null && (code.equals(place.country()) || code.equals(place.territory()))) {
				return length;
			}
		}
		return 0;
	}

	private static int keyEndingAt(List<String> segment, int end, Set<String> keys, RecordPlace place) {
		for (int length = Math.min(6, end); length >= 1; length--) {
			if (keys.contains(PlaceKey.of(segment.subList(end - length, end), place.country()))) {
				return length;
			}
		}
		return 0;
	}

}
