package gov.irs.secureaccess.insights;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as SVG markup, drawn on the server: groups of bars (one bar per
 * series), each labelled with its value, a legend, a title and a description for screen
 * readers ({@code role="img"}, {@code aria-labelledby}). No script and no style
 * attributes (the Content-Security-Policy allows neither); the table beside it holds the
 * same numbers. Values not shown (suppressed) are drawn as no bar, labelled with their
 * text.
 */
public final class SvgBarChart {

	/**
	 * USWDS blue, gold and green: each differs from the others in lightness, not only in
	 * hue.
	 */
	private static final String[] FILLS = { "#005ea2", "#e5a000", "#00a91c", "#1a4480" };

	private static final int LABEL_WIDTH = 190;

	private static final int BAR_AREA = 420;

	private static final int BAR_HEIGHT = 16;

	private static final int GAP = 10;

	/**
	 * One bar: its value (for the length), or a negative value for none, and the text
	 * written beside it.
	 */
	public record Bar(double value, String text) {
	}

	/** A group of bars, one per series, under one label. */
	public record Group(String label, List<Bar> bars) {
	}

	private SvgBarChart() {
	}

	/**
	 * A horizontal bar chart as accessible SVG, no JavaScript.
	 * @param id unique on the page, for the title and description ids
	 * @param max the value of a full-length bar (100 for rates)
	 */
	public static String render(String id, String title, String description, List<String> series, List<Group> groups,
			double max) {
		int legendHeight = (series.size() > 1) ? 24 : 0;
		int groupHeight = series.size() * BAR_HEIGHT + GAP;
		int height = 36 + legendHeight + groups.size() * groupHeight;
		int width = LABEL_WIDTH + BAR_AREA + 90;
		StringBuilder svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"insights-chart\" role=\"img\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("-title ")
			.append(id)
			.append("-desc\">");
		svg.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(description)).append("</desc>");
		svg.append(
				"<text x=\"0\" y=\"16\" font-family=\"sans-serif\" font-size=\"15\" font-weight=\"bold\" fill=\"#1b1b1b\">")
			.append(escape(title))
			.append("</text>");
		int y = 30;
		if (legendHeight > 0) {
			int x = LABEL_WIDTH;
			for (int i = 0; i < series.size(); i++) {
				svg.append(rect(x, y, 12, 12, FILLS[i % FILLS.length]));
				svg.append(text(x + 16, y + 11, series.get(i), "start"));
				x += 30 + 8 * series.get(i).length();
			}
			y += legendHeight;
		}
		svg.append("<line x1=\"")
			.append(LABEL_WIDTH)
			.append("\" y1=\"")
			.append(y - 4)
			.append("\" x2=\"")
			.append(LABEL_WIDTH)
			.append("\" y2=\"")
			.append(height - 4)
			.append("\" stroke=\"#565c65\"/>");
		for (Group group : groups) {
			svg.append(text(LABEL_WIDTH - 8, y + (series.size() * BAR_HEIGHT) / 2 + 5, group.label(), "end"));
			for (int i = 0; i < group.bars().size(); i++) {
				Bar bar = group.bars().get(i);
				int length = (bar.value() <= 0 || max <= 0) ? 0
						: (int) Math.max(1, Math.round(BAR_AREA * Math.min(bar.value(), max) / max));
				int top = y + i * BAR_HEIGHT;
				if (length > 0) {
					svg.append(rect(LABEL_WIDTH + 1, top + 1, length, BAR_HEIGHT - 2, FILLS[i % FILLS.length]));
				}
				svg.append(text(LABEL_WIDTH + length + 6, top + BAR_HEIGHT - 4, bar.text(), "start"));
			}
			y += groupHeight;
		}
		return svg.append("</svg>").toString();
	}

	private static String rect(int x, int y, int width, int height, String fill) {
		return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>", x, y,
				width, height, fill);
	}

	private static String text(int x, int y, String text, String anchor) {
		return String.format(Locale.ROOT,
				"<text x=\"%d\" y=\"%d\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#1b1b1b\" text-anchor=\"%s\">%s</text>",
				x, y, anchor, escape(text));
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
