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
    <name>CostBarChart</name>
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
</TS>
