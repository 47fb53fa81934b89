package gov.irs.secureaccess.platform.logging;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;

import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * Encodes each log event as plain text (the usual pattern) or, when
 * {@code structuredFormat} is set
 * ({@code logging.structured.format.console=ecs|logstash|gelf}), as one JSON object per
 * line, then masks it with {@link LogMasker}. Configured in {@code logback-spring.xml}.
 */
public class MaskingEncoder extends EncoderBase<ILoggingEvent> {

	private String structuredFormat;

	private String pattern;

	private Charset charset = StandardCharsets.UTF_8;

	private Encoder<ILoggingEvent> delegate;

	public void setStructuredFormat(String structuredFormat) {
		this.structuredFormat = structuredFormat;
	}

	public void setPattern(String pattern) {
		this.pattern = pattern;
	}

	public void setCharset(Charset charset) {
		this.charset = charset;
	}

	@Override
	public void start() {
		if (this.structuredFormat != null && !this.structuredFormat.isBlank()) {
			StructuredLogEncoder structured = new StructuredLogEncoder();
			structured.setFormat(this.structuredFormat);
			structured.setCharset(this.charset);
			this.delegate = structured;
		}
		else {
			PatternLayoutEncoder plain = new PatternLayoutEncoder();
			plain.setPattern(this.pattern);
			plain.setCharset(this.charset);
			this.delegate = plain;
		}
		this.delegate.setContext(getContext());
		this.delegate.start();
		super.start();
	}

	@Override
	public void stop() {
		if (this.delegate != null) {
			this.delegate.stop();
		}
		super.stop();
	}

	@Override
	public byte[] headerBytes() {
		return this.delegate.headerBytes();
	}

	@Override
	public byte[] encode(ILoggingEvent event) {
		String line = new String(this.delegate.encode(event), this.charset);
		return LogMasker.mask(line).getBytes(this.charset);
	}

	@Override
	public byte[] footerBytes() {
		return this.delegate.footerBytes();
	}

}
