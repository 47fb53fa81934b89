package gov.irs.secureaccess.accounts;

import java.util.List;

/**
 * The gallery a person picks a site image from (REG-7); the image and the site phrase are
 * shown back at sign-in so they know the site is real (SIGN-4). Each id names a picture
 * in the USWDS icon set and a message key {@code siteImage.<id>} for its description.
 */
public final class SiteImages {

	public static final List<String> GALLERY = List.of("pets", "park", "directions_bike", "flight", "local_cafe",
			"camping", "emoji_events", "lightbulb", "star", "snow", "rain", "school", "restaurant", "local_library",
			"photo_camera", "eco");

	private SiteImages() {
	}

	public static boolean isInGallery(String id) {
		return GALLERY.contains(id);
	}

	public static String path(String id) {
		return "/uswds/img/usa-icons/" + id + ".svg";
	}

}
