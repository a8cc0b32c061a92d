using Casewell.Common;

namespace Casewell.Clients.Matching;

/// <summary>
/// Scores how well the names agree: the best reading over every query name (and preferred name) against every
/// candidate name (legal, aliases, previous names), straight or with first and last names swapped.
/// </summary>
internal static class NameAgreement
{
    public const double MaxPoints = 40;

    // A maiden or alias name matching is strong evidence, yet weaker than the legal names matching.
    private const double OtherNameCap = 0.9;

    // A swapped reading is a guess about how the form was filled: it must be strong on both parts to count,
    // and it loses a tie to the straight reading.
    private const double SwapFactor = 0.95;
    private const double SwapPartMinimum = 0.85;

    public static double Points(MatchSubject query, MatchSubject candidate, List<MatchReason> reasons)
    {
        var queryPreferred = Preferred(query);
        var candidatePreferred = Preferred(candidate);
        NameAlignment? best = null;
        foreach (var q in RecordedName.All(query))
        {
            foreach (var c in RecordedName.All(candidate))
            {
                var straight = Straight(q, c, queryPreferred, candidatePreferred);
                if (best is null || straight.Value > best.Value) best = straight;
                var swapped = Swapped(q, c);
                if (swapped is not null && swapped.Value > best.Value) best = swapped;
            }
        }
        if (best is null || best.Value <= 0) return 0;
        Describe(best, queryPreferred, candidatePreferred, reasons);
        return MaxPoints * best.Value;
    }

    private static NameAlignment Straight(RecordedName q, RecordedName c, NamePart? queryPreferred, NamePart? candidatePreferred)
    {
        var first = NamePartSimilarity.First(q.First, c.First);
        if (queryPreferred is not null) first = Better(first, NamePartSimilarity.First(queryPreferred, c.First));
        if (candidatePreferred is not null) first = Better(first, NamePartSimilarity.First(q.First, candidatePreferred));
        if (queryPreferred is not null && candidatePreferred is not null)
        {
            first = Better(first, NamePartSimilarity.First(queryPreferred, candidatePreferred));
        }

        var last = NamePartSimilarity.Last(q.Last, c.Last);
        if (q.IsOther || c.IsOther) last = last.AtMost(OtherNameCap);
        return new NameAlignment((first.Value + last.Value) / 2, first, last, Swapped: false, q, c);
    }

    private static NameAlignment? Swapped(RecordedName q, RecordedName c)
    {
        var last = NamePartSimilarity.Last(q.First, c.Last);
        if (last.Value < SwapPartMinimum) return null;
        var first = NamePartSimilarity.First(q.Last, c.First);
        if (first.Value < SwapPartMinimum) return null;
        return new NameAlignment((first.Value + last.Value) / 2 * SwapFactor, first, last, Swapped: true, q, c);
    }

    private static void Describe(NameAlignment best, NamePart? queryPreferred, NamePart? candidatePreferred, List<MatchReason> reasons)
    {
        if (best.Swapped) reasons.Add(new(MatchReasonKind.NamesSwapped, new Message(MatchMessages.NamesSwapped)));

        var first = best.FirstName;
        switch (first.Kind)
        {
            case PartMatchKind.Exact when ReferenceEquals(first.Candidate, candidatePreferred):
                reasons.Add(new(MatchReasonKind.PreferredName, new Message(MatchMessages.CandidatePreferredName, first.Candidate!.Text)));
                break;
            case PartMatchKind.Exact when ReferenceEquals(first.Query, queryPreferred):
                reasons.Add(new(MatchReasonKind.PreferredName, new Message(MatchMessages.QueryPreferredName, first.Query!.Text)));
                break;
            case PartMatchKind.Exact:
                reasons.Add(new(MatchReasonKind.SameFirstName, new Message(MatchMessages.SameFirstName)));
                break;
            case PartMatchKind.Nickname:
                reasons.Add(new(MatchReasonKind.NicknameFirstName, new Message(MatchMessages.NicknameFirstName, first.Query!.Text, first.Candidate!.Text)));
                break;
            case PartMatchKind.Phonetic or PartMatchKind.Similar:
                reasons.Add(new(MatchReasonKind.SimilarFirstName, new Message(MatchMessages.SimilarFirstName, first.Query!.Text, first.Candidate!.Text)));
                break;
            case PartMatchKind.Initial:
                reasons.Add(new(MatchReasonKind.FirstInitial, new Message(MatchMessages.FirstInitial, first.Query!.Text, first.Candidate!.Text)));
                break;
            default:
                break;
        }

        var last = best.LastName;
        switch (last.Kind)
        {
            case PartMatchKind.Exact:
                reasons.Add(new(MatchReasonKind.SameLastName, new Message(MatchMessages.SameLastName)));
                break;
            case PartMatchKind.SurnamePart:
                reasons.Add(new(MatchReasonKind.LastNamePart, new Message(MatchMessages.LastNamePart, last.Query!.Text, last.Candidate!.Text)));
                break;
            case PartMatchKind.Phonetic or PartMatchKind.Similar:
                reasons.Add(new(MatchReasonKind.SimilarLastName, new Message(MatchMessages.SimilarLastName, last.Query!.Text, last.Candidate!.Text)));
                break;
            default:
                break;
        }

        if (best.Candidate.IsOther)
        {
            reasons.Add(new(MatchReasonKind.OtherName, new Message(MatchMessages.CandidateOtherName, best.Candidate.Full)));
        }
        else if (best.Query.IsOther)
        {
            reasons.Add(new(MatchReasonKind.OtherName, new Message(MatchMessages.QueryOtherName, best.Query.Full)));
        }
    }

    private static NamePart? Preferred(MatchSubject subject)
    {
        var preferred = new NamePart(subject.PreferredName);
        return preferred.IsEmpty ? null : preferred;
    }

    private static PartMatch Better(PartMatch current, PartMatch challenger) => challenger.Value > current.Value ? challenger : current;
}
