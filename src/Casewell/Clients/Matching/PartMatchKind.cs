namespace Casewell.Clients.Matching;

internal enum PartMatchKind
{
    None,
    Initial,
    Similar,
    Phonetic,
    SurnamePart,
    Nickname,
    Exact,
}
