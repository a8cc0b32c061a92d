using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;

namespace Casewell.Web.Tests.Court;

/// <summary>
/// What a downloaded report says, read as its readers' tools read it: Word through the Open XML SDK and through LibreOffice,
/// the PDF through poppler's pdftotext.
/// </summary>
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

    /// <summary>
    /// The Word file converted to PDF by LibreOffice, headless (Debian's libreoffice-writer-nogui, which .ci/run installs):
    /// the check that what we write opens in a word processor other than the one the Open XML SDK was written for. Each
    /// conversion has a profile of its own, so that conversions of parallel test classes do not share LibreOffice's lock.
    /// </summary>
    public static async Task<byte[]> LibreOfficePdfAsync(byte[] docx, CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("casewell-libreoffice-");
        try
        {
            var file = Path.Combine(folder.FullName, "report.docx");
            await File.WriteAllBytesAsync(file, docx, ct);
            await RunAsync("soffice", [$"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--norestore", "--convert-to", "pdf",
                "--outdir", folder.FullName, file], ct);
            var pdf = Path.Combine(folder.FullName, "report.pdf");
            Assert.True(File.Exists(pdf), "LibreOffice made no PDF of the Word file");
            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string tool, string[] arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start (install poppler-utils and libreoffice-writer-nogui)");
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await error}");
        return await output;
    }
}
