package org.qnet.projects.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.qnet.projects.analysis.model.Analysis;
import org.qnet.projects.analysis.model.ChartAnalysis;
import org.qnet.projects.analysis.model.ChartSettings;
import org.qnet.projects.analysis.model.ChartType;
import org.qnet.projects.analysis.model.Improvement;
import org.qnet.projects.analysis.model.Observation;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The chart as drawn: well-formed SVG with what a QI team looks for. Each example is also written to
 * target/charts, to be looked at (rsvg-convert turns them into PNGs).
 */
class ChartSvgTest {

    private static final LocalDate FIRST = LocalDate.of(2025, 11, 3);

    @Test
    void run_chart_shows_median_signals_and_cycles_with_dated_axis() throws Exception {
        double[] values = {14, 16, 15, 17, 13, 16, 15, 14, 16, 15, 17, 14, 10, 9, 11, 8, 9, 10, 9, 8, 10, 9};
        Analysis analysis = ChartAnalysis.analyse(
                ChartSettings.of(ChartType.RUN, Improvement.DECREASE).withBaseline(12), weekly(values));
        List<CycleAnnotation> cycles = List.of(
                new CycleAnnotation("c1", "Falls huddle at every shift change", FIRST.plusWeeks(11), FIRST.plusWeeks(15),
                        "adopt", true, periods(11, 15)));

        Document svg = drawn("run-chart", "Falls with harm per 1,000 bed days", "per 1,000 bed days", analysis, 5.0,
                cycles);

        assertThat(count(svg, "//*[local-name()='line' and @class='centre-line']")).isEqualTo(1);
        assertThat(text(svg, "//*[local-name()='text']")).contains("Median 15.0", "Goal 5.00", "3 Nov 25", "Baseline")
                .anyMatch(label -> label.startsWith("PDSA: Falls huddle"))
                .anyMatch(label -> label.startsWith("Shift (improvement)"));
        assertThat(count(svg, "//*[local-name()='circle' and contains(@class,'signal shift')]")).isEqualTo(11);
        assertThat(count(svg, "//*[local-name()='rect' and @class='pdsa-cycle']")).isEqualTo(1);
        assertThat(count(svg, "//*[local-name()='path' and contains(@class,'limit')]")).isZero();
    }

    @Test
    void xmr_chart_shows_control_limits_and_names_each_rule() throws Exception {
        double[] values = {52, 48, 50, 55, 47, 51, 49, 53, 50, 48, 52, 51, 50, 49, 68, 50, 51, 49};
        Analysis analysis = ChartAnalysis.analyse(ChartSettings.of(ChartType.XMR, Improvement.DECREASE), weekly(values));

        Document svg = drawn("xmr-chart", "Minutes from arrival to antibiotics", "minutes", analysis, null, List.of());

        assertThat(count(svg, "//*[local-name()='path' and contains(@class,'limit')]")).isEqualTo(2);
        assertThat(text(svg, "//*[local-name()='text']")).anyMatch(label -> label.startsWith("UCL "))
                .anyMatch(label -> label.startsWith("LCL ")).anyMatch(label -> label.startsWith("Mean "))
                .anyMatch(label -> label.startsWith("Outside the limits (deterioration)"));
        assertThat(text(svg, "//*[local-name()='desc']").get(0)).contains("Outside the limits pointing to deterioration");
    }

    @Test
    void p_chart_limits_step_with_each_denominator_and_read_as_percentages() throws Exception {
        List<Observation> observations = new ArrayList<>();
        long[] denominators = {120, 80, 150, 60, 110, 95, 130, 70, 140, 100, 90, 125};
        long[] numerators = {30, 22, 36, 18, 25, 24, 31, 20, 12, 9, 8, 10};
        for (int i = 0; i < denominators.length; i++) {
            observations.add(Observation.proportion(FIRST.plusWeeks(i), numerators[i], denominators[i]));
        }
        Analysis analysis = ChartAnalysis.analyse(
                ChartSettings.of(ChartType.P, Improvement.DECREASE).withBaseline(8), observations);

        Document svg = drawn("p-chart", "Patients waiting over 4 hours", "proportion", analysis, 0.1, List.of());

        String upper = (String) XPathFactory.newInstance().newXPath()
                .evaluate("//*[local-name()='path' and @class='limit upper']/@d", svg, XPathConstants.STRING);
        assertThat(upper.split("L").length).isGreaterThan(denominators.length);
        assertThat(text(svg, "//*[local-name()='text']")).anyMatch(label -> label.matches("Mean \\d+\\.\\d%"));
    }

    @Test
    void a_measure_without_data_says_so() throws Exception {
        Analysis empty = ChartAnalysis.analyse(ChartSettings.of(ChartType.RUN, Improvement.INCREASE), List.of());

        assertThat(text(drawn("empty", "Bundle compliance", null, empty, null, List.of()), "//*[local-name()='text']"))
                .contains("No data recorded yet");
    }

    @Test
    void text_from_users_is_escaped() throws Exception {
        Analysis analysis = ChartAnalysis.analyse(ChartSettings.of(ChartType.RUN, Improvement.INCREASE),
                weekly(1, 2, 3));

        Document svg = drawn("escaped", "<script>alert(1)</script> & more", null, analysis, null, List.of());

        assertThat(count(svg, "//*[local-name()='script']")).isZero();
        assertThat(text(svg, "//*[local-name()='title']")).contains("<script>alert(1)</script> & more");
    }

    private static Document drawn(String name, String title, String unit, Analysis analysis, Double goal,
                                  List<CycleAnnotation> cycles) throws Exception {
        String svg = ChartSvg.render(title, unit, analysis, goal, cycles);
        Path out = Path.of("target", "charts", name + ".svg");
        Files.createDirectories(out.getParent());
        Files.writeString(out, svg);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static int count(Document svg, String xpath) throws Exception {
        return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NODESET)).getLength();
    }

    private static List<String> text(Document svg, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, svg, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    private static List<Observation> weekly(double... values) {
        List<Observation> observations = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            observations.add(Observation.of(FIRST.plusWeeks(i), values[i]));
        }
        return observations;
    }

    private static List<LocalDate> periods(int first, int last) {
        List<LocalDate> periods = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            periods.add(FIRST.plusWeeks(i));
        }
        return periods;
    }
}
