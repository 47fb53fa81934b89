package gov.irs.secureaccess.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import gov.irs.secureaccess.support.IntegrationTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.DigestUtils;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Content-versioned links, resolved once each (issue 17): the same links as Spring's
 * filter writes, made cheaply.
 */
class VersionedResourceLinksTest {

	/**
	 * A resource chain that answers a fixed version and counts how often it was asked.
	 */
	static final class CountingUrls implements Function<String, String> {

		final List<String> asked = new ArrayList<>();

		@Override
		public String apply(String lookupPath) {
			this.asked.add(lookupPath);
			if (lookupPath.equals("/uswds/css/missing.css")) {
				return null;
			}
			int dot = lookupPath.lastIndexOf('.');
			return lookupPath.substring(0, dot) + "-0123abcd" + lookupPath.substring(dot);
		}

	}

	private static VersionedResourceLinks.ResolvedOnce filter(CountingUrls urls) {
		return new VersionedResourceLinks.ResolvedOnce(List.of("/uswds/**"), urls);
	}

	@Test
	void whenAVersionedLinkIsWrittenOnManyPages_thenTheResourceChainIsAskedOnce() {
		CountingUrls urls = new CountingUrls();
		VersionedResourceLinks.ResolvedOnce filter = filter(urls);

		for (int page = 0; page < 3; page++) {
			assertThat(filter.encode("", "/uswds/css/uswds.min.css")).isEqualTo("/uswds/css/uswds.min-0123abcd.css");
		}

		assertThat(urls.asked).containsExactly("/uswds/css/uswds.min.css");
	}

	@Test
	void whenAVersionedLinkHasAQueryOrFragmentOrAContextPath_thenTheyAreKept() {
		VersionedResourceLinks.ResolvedOnce filter = filter(new CountingUrls());

		assertThat(filter.encode("", "/uswds/img/logo.svg?v=1#top")).isEqualTo("/uswds/img/logo-0123abcd.svg?v=1#top");
		assertThat(filter.encode("/app", "/app/uswds/js/uswds.min.js"))
			.isEqualTo("/app/uswds/js/uswds.min-0123abcd.js");
	}

	@Test
	void whenALinkIsNotUnderAVersionedPath_thenItIsWrittenAsItIsWithoutAskingTheResourceChain() {
		CountingUrls urls = new CountingUrls();
		VersionedResourceLinks.ResolvedOnce filter = filter(urls);

		assertThat(filter.encode("", "/register")).isEqualTo("/register");
		assertThat(filter.encode("", "/css/site.css")).isEqualTo("/css/site.css");
		assertThat(filter.encode("", "?lang=es")).isEqualTo("?lang=es");
		assertThat(filter.encode("", "https://www.irs.gov/uswds/x.css")).isEqualTo("https://www.irs.gov/uswds/x.css");

		assertThat(urls.asked).isEmpty();
	}

	@Test
	void whenAVersionedLinkIsNoFile_thenItIsWrittenAsItIsAndAskedAgainLater() {
		CountingUrls urls = new CountingUrls();
		VersionedResourceLinks.ResolvedOnce filter = filter(urls);

		assertThat(filter.encode("", "/uswds/css/missing.css")).isEqualTo("/uswds/css/missing.css");
		assertThat(filter.encode("", "/uswds/css/missing.css")).isEqualTo("/uswds/css/missing.css");

		assertThat(urls.asked).hasSize(2);
	}

	@Nested
	@IntegrationTest
	@AutoConfigureMockMvc
	class InTheService {

		@Autowired
		MockMvc mvc;

		@Autowired
		ApplicationContext context;

		@Test
		void onlyThisFilterEncodesResourceLinks() {
			List<Object> filters = this.context.getBeansOfType(FilterRegistrationBean.class)
				.values()
				.stream()
				.map(FilterRegistrationBean::getFilter)
				.filter(ResourceUrlEncodingFilter.class::isInstance)
				.map(Object.class::cast)
				.toList();

			assertThat(filters).hasSize(1).first().isInstanceOf(VersionedResourceLinks.ResolvedOnce.class);
		}

		@Test
		void whenAPageIsShownTwice_thenItsVersionedLinksAreTheContentHashesAndServeTheFiles() throws Exception {
			String first = this.mvc.perform(get("/"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			String second = this.mvc.perform(get("/sign-in"))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();

			// The script, not the style sheet: the style sheet is served with its own
			// links rewritten, so its bytes differ.
			Matcher js = Pattern.compile("src=\"(/uswds/js/uswds\\.min-([0-9a-f]{32})\\.js)\"").matcher(first);
			assertThat(js.find()).isTrue();
			assertThat(second).contains("src=\"" + js.group(1) + "\"");
			assertThat(first).contains("href=\"/register\"", "href=\"/sign-in\"");
			byte[] file = this.mvc.perform(get(js.group(1)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray();
			assertThat(DigestUtils.md5DigestAsHex(file)).isEqualTo(js.group(2));
		}

	}

}
