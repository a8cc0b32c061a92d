using System.Globalization;
using System.Text;

namespace Casewell.Clients.Matching;

/// <summary>Folds names for comparison: upper case, accents removed (José = JOSE), only letters and single spaces.</summary>
public static class NameText
{
    public static string Fold(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetter(c))
            {
                if (pendingSpace && folded.Length > 0) folded.Append(' ');
                pendingSpace = false;
                folded.Append(char.ToUpperInvariant(c));
            }
            else if (c is ' ' or '-' or '\t')
            {
                pendingSpace = true;
            }
            // Apostrophes and periods vanish: O'Brien = OBRIEN, St. John = ST JOHN.
        }
        return folded.ToString();
    }
}
