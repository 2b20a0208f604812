package org.qnet.projects.analysis.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qnet.projects.analysis.model.Analysis;
import org.qnet.projects.analysis.model.ChartPoint;
import org.qnet.projects.analysis.model.ChartType;
import org.qnet.projects.analysis.model.Signal;
import org.qnet.projects.analysis.model.SignalDirection;

/**
 * Draws a measure's run or Shewhart chart as SVG, the way QI teams read them: points joined in time
 * order, the centre line, control limits (stepped on a P chart), the goal, the baseline, points in a
 * signal coloured by what they point to with the rule named in the legend, and PDSA cycles as shaded
 * bands over the periods they cover. Pure drawing: no framework, so it is tested as text.
 */
final class ChartSvg {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 540;
    private static final double LEFT = 78;
    private static final double RIGHT = WIDTH - 96;
    private static final double TOP = 92;
    private static final double BOTTOM = 380;
    private static final int MAX_X_LABELS = 14;
    private static final int MAX_LEGEND_SIGNALS = 6;
    /** Of an 11-pixel label, for keeping cycle labels inside the picture without measuring text. */
    private static final double APPROXIMATE_CHARACTER_WIDTH = 6.2;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yy", Locale.UK);
    private static final Map<SignalDirection, String> COLOURS = Map.of(
            SignalDirection.IMPROVEMENT, "#1a7f37",
            SignalDirection.DETERIORATION, "#cf222e",
            SignalDirection.NEUTRAL, "#9a6700");

    private final StringBuilder svg = new StringBuilder(16_384);
    private final String title;
    private final String unit;
    private final Analysis analysis;
    private final Double goal;
    private final List<CycleAnnotation> cycles;
    private final List<ChartPoint> points;
    private final boolean proportion;
    private double low;
    private double high;

    private ChartSvg(String title, String unit, Analysis analysis, Double goal, List<CycleAnnotation> cycles) {
        this.title = title;
        this.unit = unit;
        this.analysis = analysis;
        this.goal = goal;
        this.cycles = cycles;
        this.points = analysis.points();
        this.proportion = analysis.settings().type() == ChartType.P;
    }

    static String render(String title, String unit, Analysis analysis, Double goal, List<CycleAnnotation> cycles) {
        return new ChartSvg(title, unit, analysis, goal, cycles).draw();
    }

    private String draw() {
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" font-family=\"Helvetica, Arial, sans-serif\">\n");
        svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>\n");
        svg.append("<desc id=\"chart-desc\">").append(escape(description())).append("</desc>\n");
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        heading();
        if (points.isEmpty()) {
            text(WIDTH / 2.0, (TOP + BOTTOM) / 2, "No data recorded yet", 16, "middle", "#57606a", "");
            return svg.append("</svg>\n").toString();
        }
        scale();
        cycleBands();
        yAxis();
        xAxis();
        baseline();
        limits();
        centreLine();
        goalLine();
        series();
        legend();
        return svg.append("</svg>\n").toString();
    }

    private void heading() {
        text(LEFT, 30, title, 20, "start", "#1f2328", " font-weight=\"bold\"");
        String kind = switch (analysis.settings().type()) {
            case RUN -> "Run chart (median)";
            case XMR -> "XmR chart (mean and control limits)";
            case P -> "P chart (proportion and control limits)";
        };
        String improvement = "higher is better";
        if (analysis.settings().improvement().code().equals("decrease")) {
            improvement = "lower is better";
        }
        text(LEFT, 52, kind + (unit == null ? "" : " · " + unit) + " · " + improvement, 13, "start", "#57606a", "");
    }

    private void scale() {
        low = Double.POSITIVE_INFINITY;
        high = Double.NEGATIVE_INFINITY;
        for (ChartPoint point : points) {
            include(point.observation().value());
            include(point.centre());
            if (point.lower() != null) {
                include(point.lower());
                include(point.upper());
            }
        }
        if (goal != null) {
            include(goal);
        }
        if (proportion) {
            low = Math.max(0, low);
            high = Math.min(1, high);
        }
        if (high - low < 1e-9) {
            low -= 1;
            high += 1;
        }
        double padding = (high - low) * 0.05;
        low = proportion ? Math.max(0, low - padding) : low - padding;
        high = proportion ? Math.min(1, high + padding) : high + padding;
        double step = niceStep((high - low) / 5);
        low = Math.floor(low / step) * step;
        high = Math.ceil(high / step) * step;
    }

    private void include(double value) {
        low = Math.min(low, value);
        high = Math.max(high, value);
    }

    private void yAxis() {
        double step = niceStep((high - low) / 5);
        for (double tick = low; tick <= high + step / 2; tick += step) {
            double y = y(tick);
            line(LEFT, y, RIGHT, y, "#d0d7de", 1, "");
            text(LEFT - 8, y + 4, tick(tick, step), 12, "end", "#57606a", "");
        }
        line(LEFT, TOP, LEFT, BOTTOM, "#57606a", 1, "");
        line(LEFT, BOTTOM, RIGHT, BOTTOM, "#57606a", 1, "");
    }

    private void xAxis() {
        int every = Math.max(1, (int) Math.ceil(points.size() / (double) MAX_X_LABELS));
        for (int i = 0; i < points.size(); i += every) {
            double x = x(i);
            line(x, BOTTOM, x, BOTTOM + 5, "#57606a", 1, "");
            svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(BOTTOM + 18))
                    .append("\" font-size=\"12\" fill=\"#57606a\" text-anchor=\"end\" transform=\"rotate(-35 ")
                    .append(f(x)).append(' ').append(f(BOTTOM + 18)).append(")\">")
                    .append(escape(DATE.format(points.get(i).observation().period()))).append("</text>\n");
        }
    }

    private void cycleBands() {
        int row = 0;
        for (CycleAnnotation cycle : cycles) {
            if (cycle.periods().isEmpty()) {
                continue;
            }
            int first = indexOf(cycle.periods().get(0));
            int last = indexOf(cycle.periods().get(cycle.periods().size() - 1));
            double from = x(first) - halfStep();
            double to = x(last) + halfStep();
            svg.append("<rect class=\"pdsa-cycle\" x=\"").append(f(from)).append("\" y=\"").append(f(TOP))
                    .append("\" width=\"").append(f(to - from)).append("\" height=\"").append(f(BOTTOM - TOP))
                    .append("\" fill=\"#0969da\" fill-opacity=\"0.08\" stroke=\"#0969da\" stroke-opacity=\"0.35\"/>\n");
            double labelY = TOP - 8 - 14 * (row % 2);
            String label = "PDSA: " + shorten(cycle.title(), 60);
            boolean overflows = from + 3 + label.length() * APPROXIMATE_CHARACTER_WIDTH > WIDTH - 8;
            text(overflows ? to : from + 3, labelY, label, 11, overflows ? "end" : "start", "#0969da", "");
            row++;
        }
    }

    private void baseline() {
        int size = analysis.baselineSize();
        if (analysis.settings().baselinePoints() == 0 || size >= points.size()) {
            return;
        }
        double x = x(size - 1) + halfStep();
        line(x, TOP, x, BOTTOM, "#6e7781", 1, " stroke-dasharray=\"2 3\"");
        text(x - 4, BOTTOM - 6, "Baseline", 11, "end", "#6e7781", "");
    }

    private void limits() {
        if (points.get(0).lower() == null) {
            return;
        }
        svg.append("<path class=\"limit upper\" d=\"").append(stepped(true)).append("\" fill=\"none\" stroke=\"#cf222e\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");
        svg.append("<path class=\"limit lower\" d=\"").append(stepped(false)).append("\" fill=\"none\" stroke=\"#cf222e\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>\n");
        ChartPoint last = points.get(points.size() - 1);
        text(RIGHT + 6, y(last.upper()) + 4, "UCL " + number(last.upper()), 11, "start", "#cf222e", "");
        text(RIGHT + 6, y(last.lower()) + 4, "LCL " + number(last.lower()), 11, "start", "#cf222e", "");
    }

    /** A limit drawn flat across each point's own period, so a P chart's limits step with its denominators. */
    private String stepped(boolean upper) {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double limit = upper ? points.get(i).upper() : points.get(i).lower();
            path.append(i == 0 ? "M" : "L").append(f(x(i) - halfStep())).append(' ').append(f(y(limit)))
                    .append(" L").append(f(x(i) + halfStep())).append(' ').append(f(y(limit))).append(' ');
        }
        return path.toString().strip();
    }

    private void centreLine() {
        double centre = points.get(0).centre();
        line(LEFT, y(centre), RIGHT, y(centre), "#1f2328", 1.5, " class=\"centre-line\"");
        String name = analysis.settings().type() == ChartType.RUN ? "Median " : "Mean ";
        text(RIGHT + 6, y(centre) + 4, name + number(centre), 11, "start", "#1f2328", "");
    }

    private void goalLine() {
        if (goal == null) {
            return;
        }
        line(LEFT, y(goal), RIGHT, y(goal), "#1a7f37", 1.5, " class=\"goal\" stroke-dasharray=\"2 4\"");
        text(RIGHT + 6, y(goal) + 4, "Goal " + number(goal), 11, "start", "#1a7f37", "");
    }

    private void series() {
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            path.append(i == 0 ? "M" : " L").append(f(x(i))).append(' ').append(f(y(points.get(i).observation().value())));
        }
        svg.append("<path class=\"series\" d=\"").append(path).append("\" fill=\"none\" stroke=\"#24292f\" stroke-width=\"1.6\"/>\n");
        for (int i = 0; i < points.size(); i++) {
            ChartPoint point = points.get(i);
            Signal signal = signalAt(point.observation().period());
            double x = x(i);
            double y = y(point.observation().value());
            if (signal == null) {
                svg.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y))
                        .append("\" r=\"3.2\" fill=\"#24292f\"/>\n");
            } else {
                svg.append("<circle class=\"signal ").append(signal.rule().code()).append("\" cx=\"").append(f(x))
                        .append("\" cy=\"").append(f(y)).append("\" r=\"5\" fill=\"").append(COLOURS.get(signal.direction()))
                        .append("\" stroke=\"#ffffff\" stroke-width=\"1\"><title>")
                        .append(escape(DATE.format(point.observation().period()) + ": " + number(point.observation().value())
                                + " · " + ruleName(signal)))
                        .append("</title></circle>\n");
            }
        }
    }

    private void legend() {
        double y = BOTTOM + 70;
        List<Signal> signals = analysis.signals();
        if (signals.isEmpty()) {
            text(LEFT, y, "No signals: the variation is what chance alone would give.", 13, "start", "#57606a", "");
            return;
        }
        text(LEFT, y, "Signals", 13, "start", "#1f2328", " font-weight=\"bold\"");
        for (int i = 0; i < Math.min(signals.size(), MAX_LEGEND_SIGNALS); i++) {
            Signal signal = signals.get(i);
            double column = LEFT + (i % 2) * ((RIGHT - LEFT) / 2);
            double rowY = y + 20 + (i / 2) * 18;
            svg.append("<circle cx=\"").append(f(column + 5)).append("\" cy=\"").append(f(rowY - 4))
                    .append("\" r=\"5\" fill=\"").append(COLOURS.get(signal.direction())).append("\"/>\n");
            text(column + 16, rowY, ruleName(signal) + " (" + signal.direction().code() + "): "
                    + span(signal), 12, "start", "#1f2328", "");
        }
        if (signals.size() > MAX_LEGEND_SIGNALS) {
            text(RIGHT, y, "and " + (signals.size() - MAX_LEGEND_SIGNALS) + " more in the analysis", 12, "end",
                    "#57606a", "");
        }
    }

    private String description() {
        if (points.isEmpty()) {
            return "No data recorded yet.";
        }
        List<String> parts = new ArrayList<>();
        parts.add(points.size() + " points from " + DATE.format(points.get(0).observation().period()) + " to "
                + DATE.format(points.get(points.size() - 1).observation().period()) + ".");
        analysis.signals().forEach(signal -> parts.add(ruleName(signal) + " pointing to " + signal.direction().code()
                + ", " + span(signal) + "."));
        if (analysis.signals().isEmpty()) {
            parts.add("No signals.");
        }
        return String.join(" ", parts);
    }

    private static String ruleName(Signal signal) {
        return switch (signal.rule()) {
            case SHIFT -> "Shift";
            case TREND -> "Trend";
            case TOO_FEW_RUNS -> "Too few runs";
            case TOO_MANY_RUNS -> "Too many runs";
            case OUTSIDE_LIMITS -> "Outside the limits";
            case EIGHT_ON_ONE_SIDE -> "8 on one side";
            case SIX_TRENDING -> "6 trending";
            case TWO_OF_THREE_BEYOND_TWO_SIGMA -> "2 of 3 beyond 2 sigma";
            case FIFTEEN_WITHIN_ONE_SIGMA -> "15 within 1 sigma";
        };
    }

    private static String span(Signal signal) {
        return signal.periods().size() == 1
                ? DATE.format(signal.firstPeriod())
                : DATE.format(signal.firstPeriod()) + " to " + DATE.format(signal.lastPeriod());
    }

    private Signal signalAt(LocalDate period) {
        return analysis.signals().stream().filter(signal -> signal.periods().contains(period)).findFirst().orElse(null);
    }

    private int indexOf(LocalDate period) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).observation().period().equals(period)) {
                return i;
            }
        }
        return 0;
    }

    private double x(int index) {
        return LEFT + (index + 0.5) * (RIGHT - LEFT) / points.size();
    }

    private double halfStep() {
        return (RIGHT - LEFT) / points.size() / 2;
    }

    private double y(double value) {
        return BOTTOM - (value - low) / (high - low) * (BOTTOM - TOP);
    }

    private String number(double value) {
        if (proportion) {
            return String.format(Locale.UK, "%.1f%%", value * 100);
        }
        double magnitude = Math.abs(value);
        String pattern = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : "%.2f";
        return String.format(Locale.UK, pattern, value);
    }

    /** An axis label with as many decimals as the step between labels needs, and no more. */
    private String tick(double value, double step) {
        double shown = proportion ? value * 100 : value;
        double shownStep = proportion ? step * 100 : step;
        int decimals = 0;
        while (decimals < 6 && Math.abs(shownStep * Math.pow(10, decimals) - Math.rint(shownStep * Math.pow(10, decimals))) > 1e-6) {
            decimals++;
        }
        return String.format(Locale.UK, "%." + decimals + "f", shown) + (proportion ? "%" : "");
    }

    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }

    private void line(double x1, double y1, double x2, double y2, String colour, double width, String extra) {
        svg.append("<line x1=\"").append(f(x1)).append("\" y1=\"").append(f(y1)).append("\" x2=\"").append(f(x2))
                .append("\" y2=\"").append(f(y2)).append("\" stroke=\"").append(colour).append("\" stroke-width=\"")
                .append(f(width)).append('"').append(extra).append("/>\n");
    }

    private void text(double x, double y, String content, int size, String anchor, String colour, String extra) {
        svg.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" font-size=\"").append(size)
                .append("\" text-anchor=\"").append(anchor).append("\" fill=\"").append(colour).append('"').append(extra)
                .append('>').append(escape(content)).append("</text>\n");
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
