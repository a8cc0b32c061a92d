namespace Casewell.Clients.Matching;

/// <summary>One name as typed, with the folded text and phonetic code computed once per comparison.</summary>
internal sealed class NamePart
{
    public NamePart(string? text)
    {
        Text = text?.Trim() ?? "";
        Folded = NameText.Fold(Text);
        Code = PhoneticCode.EncodeFolded(Folded);
        Words = Folded.Contains(' ', StringComparison.Ordinal) ? SplitWords(Text) : [];
    }

    public string Text { get; }

    public string Folded { get; }

    public string Code { get; }

    /// <summary>The words of a compound name (María Guadalupe, Garcia-Lopez); empty for a single word.</summary>
    public IReadOnlyList<NamePart> Words { get; }

    public bool IsEmpty => Folded.Length == 0;

    private static NamePart[] SplitWords(string text)
    {
        var words = new List<NamePart>();
        foreach (var piece in text.Split([' ', '-', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var word = new NamePart(piece);
            if (!word.IsEmpty) words.Add(word);
        }
        return words.Count > 1 ? [.. words] : [];
    }
}
