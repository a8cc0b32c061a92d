using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;

namespace Casewell.Web.Tests.Court;

/// <summary>What a downloaded report says, read as its readers' tools read it: Word through the Open XML SDK, the PDF through poppler's pdftotext.</summary>
internal static class CourtReportFiles
{
    public static string WordText(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart!.Document!.Body!;
        return string.Join("\n", body.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
    }

    /// <summary>The PDF's text and page count, by pdftotext and pdfinfo (Debian's poppler-utils, which .ci/run installs).</summary>
    public static async Task<(string Text, int Pages)> PdfTextAsync(byte[] pdf, CancellationToken ct)
    {
        var file = Path.Combine(Path.GetTempPath(), $"casewell-report-{Guid.CreateVersion7():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf, ct);
        try
        {
            var text = await RunAsync("pdftotext", ["-layout", file, "-"], ct);
            var info = await RunAsync("pdfinfo", [file], ct);
            var pages = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))["Pages:".Length..].Trim();
            return (text, int.Parse(pages, System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task<string> RunAsync(string tool, string[] arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (install poppler-utils)");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await error}");
        return await output;
    }
}
