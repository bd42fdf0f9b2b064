package dev.brief.app;

import dev.brief.app.PromptSuiteRunner.Result;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The results of brief test as a JUnit XML report, the format CI servers read: one testsuite per suite file. */
public final class JUnitXml {
    private JUnitXml() {}

    public static String render(List<Result> results) {
        Map<String, List<Result>> bySuite = new LinkedHashMap<>();
        for (Result r : results) {
            bySuite.computeIfAbsent(r.suite(), k -> new java.util.ArrayList<>()).add(r);
        }
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "brief test");
            counts(xml, results);
            xml.writeCharacters("\n");
            for (Map.Entry<String, List<Result>> suite : bySuite.entrySet()) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", suite.getKey());
                counts(xml, suite.getValue());
                xml.writeAttribute("skipped", "0");
                xml.writeCharacters("\n");
                for (Result r : suite.getValue()) {
                    xml.writeCharacters("    ");
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", suite.getKey());
                    xml.writeAttribute("name", r.name());
                    xml.writeAttribute("time", seconds(r.seconds()));
                    if (!r.passed()) {
                        xml.writeCharacters("\n      ");
                        xml.writeStartElement("failure");
                        xml.writeAttribute("message", r.reason());
                        xml.writeCharacters(r.reason());
                        xml.writeEndElement();
                        xml.writeCharacters("\n    ");
                    }
                    xml.writeEndElement();
                    xml.writeCharacters("\n");
                }
                xml.writeCharacters("  ");
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return text.toString();
    }

    private static void counts(XMLStreamWriter xml, List<Result> results) throws XMLStreamException {
        xml.writeAttribute("tests", Integer.toString(results.size()));
        xml.writeAttribute("failures", Long.toString(results.stream().filter(r -> !r.passed()).count()));
        xml.writeAttribute("errors", "0");
        xml.writeAttribute("time", seconds(results.stream().mapToDouble(Result::seconds).sum()));
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }
}
