<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CatalogTreeModel</name>
    <message numerus="yes">
        <source>%n model(s)</source>
        <translation>
            <numerusform>%n model</numerusform>
            <numerusform>%n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConstraintsDialog</name>
    <message numerus="yes">
        <source>Only among the %n model(s) named in the project file</source>
        <translation>
            <numerusform>Only among the %n model named in the project file</numerusform>
            <numerusform>Only among the %n models named in the project file</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostBarChart</name>
    <message numerus="yes">
        <source>Monthly cost of the %n cheapest model(s) for {1} ({0})</source>
        <translation>
            <numerusform>Monthly cost of the %n cheapest model for {1} ({0})</numerusform>
            <numerusform>Monthly cost of the %n cheapest models for {1} ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Monthly cost of the %n cheapest model(s) ({0}) — tick models to choose</source>
        <translation>
            <numerusform>Monthly cost of the %n cheapest model ({0}) — tick models to choose</numerusform>
            <numerusform>Monthly cost of the %n cheapest models ({0}) — tick models to choose</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateChangesDialog</name>
    <message numerus="yes">
        <source>Monthly total of the %n model(s) priced on both dates: {0} on {1}, {2} on {3} ({4}).</source>
        <translation>
            <numerusform>Monthly total of the %n model priced on both dates: {0} on {1}, {2} on {3} ({4}).</numerusform>
            <numerusform>Monthly total of the %n models priced on both dates: {0} on {1}, {2} on {3} ({4}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayersPanel</name>
    <message numerus="yes">
        <source>{0} — %n model(s)</source>
        <translation>
            <numerusform>{0} — %n model</numerusform>
            <numerusform>{0} — %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Catalog {0} · %n model(s)</source>
        <translation>
            <numerusform>Catalog {0} · %n model</numerusform>
            <numerusform>Catalog {0} · %n models</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing {0} of %n model(s)</source>
        <translation>
            <numerusform>Showing {0} of %n model</numerusform>
            <numerusform>Showing {0} of %n models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s). Check the quote, then save it to send it.</source>
        <translation>
            <numerusform>%n page. Check the quote, then save it to send it.</numerusform>
            <numerusform>%n pages. Check the quote, then save it to send it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanStackChart</name>
    <message numerus="yes">
        <source>Monthly cost by workload: the plans and the %n cheapest model(s) ({0})</source>
        <translation>
            <numerusform>Monthly cost by workload: the plans and the %n cheapest model ({0})</numerusform>
            <numerusform>Monthly cost by workload: the plans and the %n cheapest models ({0})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanTexts</name>
    <message numerus="yes">
        <source>Cheapest of %n model(s) that fit</source>
        <translation>
            <numerusform>Cheapest of %n model that fits</numerusform>
            <numerusform>Cheapest of %n models that fit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with too small a context</source>
        <translation>
            <numerusform>%n with too small a context</numerusform>
            <numerusform>%n with too small a context</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with no known price for this workload</source>
        <translation>
            <numerusform>%n with no known price for this workload</numerusform>
            <numerusform>%n with no known price for this workload</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the constraints</source>
        <translation>
            <numerusform>%n left out by the constraints</numerusform>
            <numerusform>%n left out by the constraints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The total leaves out %n line(s) without a price</source>
        <translation>
            <numerusform>The total leaves out %n line without a price</numerusform>
            <numerusform>The total leaves out %n lines without a price</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) with a problem, marked %1</source>
        <translation>
            <numerusform>%n line with a problem, marked %1</numerusform>
            <numerusform>%n lines with a problem, marked %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vendor(s)</source>
        <translation>
            <numerusform>%n vendor</numerusform>
            <numerusform>%n vendors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) named</source>
        <translation>
            <numerusform>%n model named</numerusform>
            <numerusform>%n models named</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectionChart</name>
    <message numerus="yes">
        <source>Projected monthly cost of the %n cheapest model(s) ({0})</source>
        <translation>
            <numerusform>Projected monthly cost of the %n cheapest model ({0})</numerusform>
            <numerusform>Projected monthly cost of the %n cheapest models ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total over %n month(s) — {0}</source>
        <translation>
            <numerusform>Total over %n month — {0}</numerusform>
            <numerusform>Total over %n months — {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteSummary</name>
    <message numerus="yes">
        <source>The quote&apos;s 12 months start on {0}, the prices&apos; date: %n month(s) before its issue date {1} are in the client&apos;s figures. Set Prices as of to {1} to quote from then.</source>
        <translation>
            <numerusform>The quote&apos;s 12 months start on {0}, the prices&apos; date: %n month before its issue date {1} is in the client&apos;s figures. Set Prices as of to {1} to quote from then.</numerusform>
            <numerusform>The quote&apos;s 12 months start on {0}, the prices&apos; date: %n months before its issue date {1} are in the client&apos;s figures. Set Prices as of to {1} to quote from then.</numerusform>
        </translation>
    </message>
</context>
</TS>
