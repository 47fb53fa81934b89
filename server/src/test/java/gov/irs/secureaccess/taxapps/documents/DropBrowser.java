package gov.irs.secureaccess.taxapps.documents;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static gov.irs.secureaccess.support.FormTokens.csrf;

/**
 * A browser for the document drop pages in tests: keeps its cookies (the session's),
 * follows redirects.
 */
final class DropBrowser {

	private final MockMvc mvc;

	private final Map<String, Cookie> cookies = new LinkedHashMap<>();

	private String language = "en";

	DropBrowser(MockMvc mvc) {
		this.mvc = mvc;
	}

	DropBrowser inSpanish() {
		this.language = "es";
		return this;
	}

	String page(String path) throws Exception {
		MockHttpServletResponse response = perform(MockMvcRequestBuilders.get(path));
		return (response.getStatus() == 302) ? page(response.getRedirectedUrl()) : response.getContentAsString();
	}

	String post(String path, Map<String, String> fields) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
		fields.forEach(request::param);
		return follow(perform(request));
	}

	String upload(MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart("/documents/upload");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return follow(perform(request.with(csrf())));
	}

	/**
	 * A multipart upload of {@code bytes} that cannot be read, as a browser sends one
	 * larger than the service takes: neither its files nor its CSRF token can be read
	 * from it.
	 */
	String unreadableUpload(int bytes) throws Exception {
		return follow(perform(MockMvcRequestBuilders.post("/documents/upload")
			.contentType("multipart/form-data; boundary=unread")
			.content(new byte[bytes])));
	}

	static MockMultipartFile file(String name, String contentType, byte[] content) {
		return new MockMultipartFile("files", name, contentType, content);
	}

	private String follow(MockHttpServletResponse response) throws Exception {
		return (response.getStatus() == 302) ? page(response.getRedirectedUrl()) : response.getContentAsString();
	}

	private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		this.cookies.values().forEach(request::cookie);
		request.header("Accept-Language", this.language);
		request.locale(Locale.forLanguageTag(this.language));
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		for (String header : response.getHeaders("Set-Cookie")) {
			String name = header.substring(0, header.indexOf('='));
			int end = header.indexOf(';');
			String value = header.substring(name.length() + 1, (end > 0) ? end : header.length());
			if (value.isEmpty() || header.contains("Max-Age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, new Cookie(name, value));
			}
		}
		return response;
	}

}
