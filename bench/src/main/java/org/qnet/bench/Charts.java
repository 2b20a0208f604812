package org.qnet.bench;

import java.util.List;
import java.util.Locale;

/** Small SVG charts for the report, drawn by hand so the report needs no plotting tool. */
final class Charts {

    record Series(String name, String colour, List<double[]> points) {
    }

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int LEFT = 70;
    private static final int RIGHT = 170;
    private static final int TOP = 40;
    private static final int BOTTOM = 50;

    private Charts() {
    }

    /** Lines through (x, y) points, on linear axes from zero. */
    static String lines(String title, String xLabel, String yLabel, List<Series> series) {
        double maxX = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).max().orElse(1);
        double maxY = niceCeiling(series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1]).max().orElse(1));
        StringBuilder svg = frame(title, xLabel, yLabel, maxX, maxY);
        int legend = 0;
        for (Series s : series) {
            StringBuilder path = new StringBuilder();
            for (double[] point : s.points()) {
                path.append(path.length() == 0 ? "M" : " L").append(fmt(x(point[0], maxX))).append(',').append(fmt(y(point[1], maxY)));
                svg.append("<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"%s\"/>".formatted(fmt(x(point[0], maxX)), fmt(y(point[1], maxY)), s.colour()));
            }
            svg.append("<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>".formatted(path, s.colour()));
            legend = legend(svg, legend, s);
        }
        return svg.append("</svg>\n").toString();
    }

    /** Bars side by side for each category, one per series (each series has one value per category). */
    static String bars(String title, String yLabel, List<String> categories, List<Series> series) {
        double maxY = niceCeiling(series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1]).max().orElse(1));
        StringBuilder svg = frame(title, "", yLabel, 0, maxY);
        double slot = (WIDTH - LEFT - RIGHT) / (double) categories.size();
        double bar = slot * 0.8 / series.size();
        for (int c = 0; c < categories.size(); c++) {
            double start = LEFT + c * slot + slot * 0.1;
            for (int s = 0; s < series.size(); s++) {
                double value = series.get(s).points().get(c)[1];
                svg.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>".formatted(
                        fmt(start + s * bar), fmt(y(value, maxY)), fmt(bar - 2), fmt(HEIGHT - BOTTOM - y(value, maxY)),
                        series.get(s).colour()));
            }
            svg.append("<text x=\"%s\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>".formatted(
                    fmt(LEFT + c * slot + slot / 2), HEIGHT - BOTTOM + 16, escape(categories.get(c))));
        }
        int legend = 0;
        for (Series s : series) {
            legend = legend(svg, legend, s);
        }
        return svg.append("</svg>\n").toString();
    }

    private static StringBuilder frame(String title, String xLabel, String yLabel, double maxX, double maxY) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" role=\"img\" aria-label=\"%s\">"
                .formatted(WIDTH, HEIGHT, escape(title)));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>");
        svg.append("<text x=\"%d\" y=\"24\" font-size=\"15\" font-weight=\"bold\">%s</text>".formatted(LEFT, escape(title)));
        for (int tick = 0; tick <= 4; tick++) {
            double value = maxY * tick / 4;
            double y = y(value, maxY);
            svg.append("<line x1=\"%d\" x2=\"%d\" y1=\"%s\" y2=\"%s\" stroke=\"#ddd\"/>".formatted(LEFT, WIDTH - RIGHT, fmt(y), fmt(y)));
            svg.append("<text x=\"%d\" y=\"%s\" font-size=\"11\" text-anchor=\"end\">%s</text>".formatted(LEFT - 6, fmt(y + 4), fmt(value)));
        }
        if (maxX > 0) {
            for (int tick = 0; tick <= 4; tick++) {
                double value = maxX * tick / 4;
                svg.append("<text x=\"%s\" y=\"%d\" font-size=\"11\" text-anchor=\"middle\">%s</text>".formatted(
                        fmt(x(value, maxX)), HEIGHT - BOTTOM + 16, fmt(value)));
            }
        }
        svg.append("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#333\"/>".formatted(LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM, HEIGHT - BOTTOM));
        svg.append("<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#333\"/>".formatted(LEFT, LEFT, TOP, HEIGHT - BOTTOM));
        svg.append("<text x=\"%d\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\">%s</text>".formatted(
                (LEFT + WIDTH - RIGHT) / 2, HEIGHT - 12, escape(xLabel)));
        svg.append("<text x=\"16\" y=\"%d\" font-size=\"12\" text-anchor=\"middle\" transform=\"rotate(-90 16 %d)\">%s</text>"
                .formatted((TOP + HEIGHT - BOTTOM) / 2, (TOP + HEIGHT - BOTTOM) / 2, escape(yLabel)));
        return svg;
    }

    private static int legend(StringBuilder svg, int index, Series series) {
        int y = TOP + 10 + index * 18;
        svg.append("<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>".formatted(WIDTH - RIGHT + 12, y - 10, series.colour()));
        svg.append("<text x=\"%d\" y=\"%d\" font-size=\"12\">%s</text>".formatted(WIDTH - RIGHT + 30, y, escape(series.name())));
        return index + 1;
    }

    private static double x(double value, double maxX) {
        return LEFT + value / maxX * (WIDTH - LEFT - RIGHT);
    }

    private static double y(double value, double maxY) {
        return HEIGHT - BOTTOM - value / maxY * (HEIGHT - TOP - BOTTOM);
    }

    private static double niceCeiling(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= value) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
