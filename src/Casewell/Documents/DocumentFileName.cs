using System.Globalization;
using System.Text;

namespace Casewell.Documents;

/// <summary>
/// The uploader's file name, kept only to show and to name a download: never a path, never used to store or find the
/// file. What a browser or a hostile client may send (a path, "..", control characters, right-to-left overrides that
/// make "report[U+202E]fdp.exe" read as "reportexe.pdf") is cut down to the last segment's visible characters.
/// </summary>
public static class DocumentFileName
{
    public const int MaxLength = 200;
    private const int MaxAsciiStemLength = 100;
    private const string Fallback = "document";

    /// <summary>The name as shown: its last path segment without invisible or control characters, trimmed; null when nothing is left.</summary>
    public static string? Clean(string? uploaded)
    {
        if (uploaded is null) return null;
        var last = uploaded[(uploaded.LastIndexOfAny(['/', '\\']) + 1)..];
        var kept = new StringBuilder(last.Length);
        foreach (var rune in last.EnumerateRunes())
        {
            // Control, format (bidirectional overrides, zero-width) and half of a surrogate pair (read as the replacement
            // character) draw nothing, or something other than what the name is.
            if (rune == Rune.ReplacementChar) continue;
            if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned) continue;
            kept.Append(rune.ToString());
        }
        var name = kept.ToString().Trim().Trim('.').Trim();
        if (name.Length == 0) return null;
        if (name.Length <= MaxLength) return name;
        var extension = Path.GetExtension(name);
        if (extension.Length > 16) extension = "";
        return name[..(MaxLength - extension.Length)].TrimEnd() + extension;
    }

    /// <summary>The extension the name claims ("pdf"), or null when it has none.</summary>
    public static string? ExtensionOf(string? name)
    {
        var extension = Path.GetExtension(name ?? "");
        return extension.Length > 1 ? extension[1..] : null;
    }

    /// <summary>The name a download is given: the shown name, with the type's extension when it has none.</summary>
    public static string ForDownload(string? shown, DocumentType type)
    {
        var name = shown ?? Fallback;
        return ExtensionOf(name) is null ? $"{name}.{DocumentTypes.Extension(type)}" : name;
    }

    /// <summary>
    /// The same in plain ASCII letters, digits, spaces and <c>._-()</c>, for the <c>filename</c> parameter of
    /// Content-Disposition that old clients read (the full name goes in <c>filename*</c>), always with the type's extension.
    /// </summary>
    public static string AsciiForDownload(string? shown, DocumentType type)
    {
        var stem = Path.GetFileNameWithoutExtension(shown ?? "");
        var ascii = new StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            var safe = char.IsAsciiLetterOrDigit(c) || c is ' ' or '.' or '_' or '-' or '(' or ')';
            if (safe) ascii.Append(c);
            else if (ascii.Length == 0 || ascii[^1] != '_') ascii.Append('_');
        }
        var text = ascii.ToString().Trim(' ', '.', '_');
        if (text.Length > MaxAsciiStemLength) text = text[..MaxAsciiStemLength].TrimEnd(' ', '.', '_');
        return $"{(text.Length == 0 ? Fallback : text)}.{DocumentTypes.Extension(type)}";
    }
}
