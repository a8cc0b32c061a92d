using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Casewell.Web.Court;

/// <summary>
/// Writes a report as a Word document (Office Open XML): real heading styles, so that a screen reader and Word's
/// navigation pane find the sections; the contacts as a table whose header row repeats on each page; the page number
/// in the footer as a field, which Word and LibreOffice fill in.
/// </summary>
internal static class CourtReportWord
{
    public const string MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(CourtReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = Footer(document);
            var body = new Body();
            body.Append(Paragraph(document.Title, "Title"));
            foreach (var line in document.Heading) body.Append(Paragraph(line, null));
            foreach (var section in document.Sections)
            {
                body.Append(Paragraph(section.Heading, "Heading1"));
                foreach (var paragraph in section.Paragraphs) body.Append(Paragraph(paragraph, null));
                if (section.Table is { } table) body.Append(Table(table));
            }
            body.Append(new SectionProperties(
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
                new PageSize { Width = 12240U, Height = 15840U },
                new PageMargin { Top = 1440, Bottom = 1440, Left = 1440U, Right = 1440U, Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
            word.PackageProperties.Title = document.Title;
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null) paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Table Table(CourtReportDocument.Table table)
    {
        var border = () => new BorderType[]
        {
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 },
        };
        var result = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableBorders(border()),
            new TableLayout { Type = TableLayoutValues.Autofit }));
        // Date, type and participants narrow; the summary takes the rest (widths in twentieths of a point, 9360 in all).
        result.Append(new TableGrid(new GridColumn { Width = "1700" }, new GridColumn { Width = "1300" }, new GridColumn { Width = "1600" },
            new GridColumn { Width = "4760" }));
        var header = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
        foreach (var column in table.Columns) header.Append(Cell(column, bold: true));
        result.Append(header);
        foreach (var row in table.Rows)
        {
            var line = new TableRow();
            foreach (var value in row) line.Append(Cell(value, bold: false));
            result.Append(line);
        }
        return result;
    }

    private static TableCell Cell(string text, bool bold)
    {
        var cell = new TableCell();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var run = new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve });
            if (bold) run.PrependChild(new RunProperties(new Bold()));
            cell.Append(new Paragraph(run));
        }
        return cell;
    }

    private static Footer Footer(CourtReportDocument document)
    {
        // "Page N": the number is a field, computed by whatever lays the document out.
        var paragraph = new Paragraph(
            new ParagraphProperties(new Justification { Val = JustificationValues.Center }),
            new Run(new Text(document.PageWord) { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " });
        return new Footer(paragraph);
    }

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans" },
                    new FontSize { Val = "22" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", 36, 0),
            Heading("Heading1", "heading 1", 28, 0));
    }

    private static Style Heading(string id, string name, int halfPoints, int level) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "240", After = "120" }, new OutlineLevel { Val = level }),
        new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
    { Type = StyleValues.Paragraph, StyleId = id };
}
