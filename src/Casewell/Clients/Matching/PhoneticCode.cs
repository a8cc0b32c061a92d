namespace Casewell.Clients.Matching;

/// <summary>
/// Casewell's own sound-alike code for names, written for the variants intake workers meet in English and
/// Spanish names (Catherine = Kathryn, Jon = John, Thompson = Tomson, Mohammed = Muhammad, Geoff = Jeff).
/// It keeps a consonant skeleton: vowels vanish except a leading one, letters that sound alike share a
/// symbol, and a sound written with two letters (CK, PH, TH, DT) counts once.
/// </summary>
public static class PhoneticCode
{
    // Long enough to tell surnames apart, short enough that keys stay small.
    public const int MaxLength = 12;

    public static string Encode(string? name) => EncodeFolded(NameText.Fold(name));

    internal static string EncodeFolded(string folded)
    {
        if (folded.Length == 0) return "";
        var code = new CodeWriter(stackalloc char[MaxLength]);
        var start = 0;
        while (start < folded.Length)
        {
            var end = folded.IndexOf(' ', start);
            if (end < 0) end = folded.Length;
            EncodeWord(folded.AsSpan(start, end - start), ref code);
            start = end + 1;
        }
        return code.ToString();
    }

    private static void EncodeWord(ReadOnlySpan<char> word, ref CodeWriter code)
    {
        code.Separate();
        for (var i = SilentLetters(word); i < word.Length; i++)
        {
            var letter = word[i];
            var next = At(word, i + 1);
            var afterNext = At(word, i + 2);
            switch (letter)
            {
                case 'A' or 'E' or 'I' or 'O' or 'U':
                    Vowel(ref code, i);
                    break;
                case 'Y':
                    // Y is a consonant only before a vowel at a syllable start: Yolanda, Reyes; else Smyth = Smith.
                    if (IsVowel(next) && (i == 0 || IsVowel(word[i - 1]))) code.Emit('Y');
                    else Vowel(ref code, i);
                    break;
                case 'B':
                    // Silent after M at the end: Lamb, Plumb.
                    if (!(i == word.Length - 1 && i > 0 && word[i - 1] == 'M')) code.Emit('B');
                    break;
                case 'C':
                    if (next == 'H')
                    {
                        // CHR/CHL are hard (Christopher, Chloe); otherwise CH is the sound of Charles or Chavez.
                        code.Emit(afterNext != '\0' && !IsVowel(afterNext) ? 'K' : 'X');
                        i++;
                    }
                    else
                    {
                        code.Emit(next is 'E' or 'I' or 'Y' ? 'S' : 'K');
                    }
                    break;
                case 'D':
                    if (next == 'G' && afterNext is 'E' or 'I' or 'Y')
                    {
                        code.Emit('J');
                        i++;
                    }
                    else if (next != 'T')
                    {
                        code.Emit('D');
                    }
                    break;
                case 'G':
                    if (next == 'H')
                    {
                        // GH is silent inside or at the end of a name (Hugh, Wright) but heard before a vowel (Meghan).
                        if (i == 0 || IsVowel(afterNext)) code.Emit('G');
                        i++;
                    }
                    else
                    {
                        code.Emit(next is 'E' or 'I' or 'Y' ? 'J' : 'G');
                    }
                    break;
                case 'H':
                    if (i == 0) code.Emit('H');
                    break;
                case 'P':
                    if (next == 'H')
                    {
                        code.Emit('F');
                        i++;
                    }
                    else if (!(i > 0 && word[i - 1] == 'M' && next is 'S' or 'T'))
                    {
                        // The P of Thompson and Simpson is barely said, and often not written.
                        code.Emit('P');
                    }
                    break;
                case 'Q':
                    code.Emit('K');
                    break;
                case 'S':
                    if (next == 'C' && afterNext == 'H')
                    {
                        code.Emit('X');
                        i += 2;
                    }
                    else if (next == 'H')
                    {
                        code.Emit('X');
                        i++;
                    }
                    else
                    {
                        code.Emit('S');
                    }
                    break;
                case 'T':
                    if (next == 'H')
                    {
                        code.Emit('T');
                        i++;
                    }
                    else if (!(next == 'C' && afterNext == 'H'))
                    {
                        code.Emit('T');
                    }
                    break;
                case 'V':
                    code.Emit('F');
                    break;
                case 'W':
                    if (i == 0 && next == 'H')
                    {
                        code.Emit('W');
                        i++;
                    }
                    else if (IsVowel(next))
                    {
                        code.Emit('W');
                    }
                    break;
                case 'X':
                    if (i == 0)
                    {
                        code.Emit('S');
                    }
                    else
                    {
                        code.Emit('K');
                        code.Emit('S');
                    }
                    break;
                case 'Z':
                    code.Emit('S');
                    break;
                default:
                    // F, J, K, L, M, N, R stand for themselves, and so do letters outside A to Z (Ø, Æ, Cyrillic).
                    code.Emit(letter);
                    break;
            }
        }
    }

    // Initial letters not pronounced in English names: Knight, Wright, Psaltis, Ptolemy, Gnaeus, Pneuma.
    private static int SilentLetters(ReadOnlySpan<char> word)
    {
        if (word.Length < 3) return 0;
        return (word[0], word[1]) switch
        {
            ('K', 'N') or ('G', 'N') or ('P', 'N') or ('W', 'R') or ('P', 'S') or ('P', 'T') => 1,
            _ => 0,
        };
    }

    // A leading vowel is kept as one symbol so Eric and Aric agree but Eric and Rick do not.
    private static void Vowel(ref CodeWriter code, int position)
    {
        if (position == 0) code.Emit('A');
        code.Separate();
    }

    private static char At(ReadOnlySpan<char> word, int index) => index < word.Length ? word[index] : '\0';

    private static bool IsVowel(char c) => c is 'A' or 'E' or 'I' or 'O' or 'U' or 'Y';

    private ref struct CodeWriter(Span<char> buffer)
    {
        private readonly Span<char> buffer = buffer;
        private int length;
        private char previous;

        // The same symbol twice without a vowel between is one sound: LL, CK, SZ, TT.
        public void Emit(char symbol)
        {
            if (symbol == previous) return;
            previous = symbol;
            if (length < buffer.Length) buffer[length++] = symbol;
        }

        public void Separate() => previous = '\0';

        public override readonly string ToString() => new(buffer[..length]);
    }
}
