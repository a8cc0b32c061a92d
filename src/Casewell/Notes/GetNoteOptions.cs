using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Notes;

/// <summary>
/// What the form to write a note on a case offers: who may be ticked as taking part (the client, their household and
/// collateral contacts), and, from the writer's last note on the case, the location, format and participants, so that
/// a worker who visits the same home each month types them once.
/// </summary>
public sealed record NoteOptions(CaseHeading Case, IReadOnlyList<ParticipantRef> Candidates, string? LastLocation, NoteFormat? LastFormat,
    IReadOnlyList<ParticipantRef> UsualParticipants, bool MayWrite);

public sealed record GetNoteOptions(Guid CaseId);

public sealed class GetNoteOptionsHandler(CasewellDbContext db, CaseReads reads, CaseAccess access, ClientAccess clients)
{
    public async Task<Result<NoteOptions>> Handle(GetNoteOptions request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The household and collaterals named here are the case's client's: the read is the case's notes, for writing.
        var heading = await reads.ReadHeadingAsync(request.CaseId, CaseRead.Notes, "to write one", ct);
        if (heading is null) return Result<NoteOptions>.NotFound();

        var candidates = await NoteParticipants.CandidatesAsync(db, clients, heading.ClientId, ct);
        var me = access.Actor.Id;
        var last = await db.Notes.AsNoTracking()
            .Where(n => n.CaseId == request.CaseId && n.AuthorId == me && n.Status != NoteStatus.Discarded)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new { n.Location, n.Format, Participants = n.Participants.OrderBy(p => p.Position).Select(p => new { p.Kind, p.RecordId, p.Name }).ToList() })
            .FirstOrDefaultAsync(ct);
        // Only those still on offer (a relationship ended since is not suggested), and staff and interpreters as they were.
        var usual = last?.Participants
            .Select(p => new ParticipantRef(p.Kind, p.RecordId, p.Name))
            .Where(p => p.Kind is not (ParticipantKind.Client or ParticipantKind.HouseholdMember or ParticipantKind.Collateral)
                || candidates.Any(c => c.Kind == p.Kind && c.RecordId == p.RecordId))
            .ToList() ?? new List<ParticipantRef>();
        var mayWrite = access.CanWork && heading.Status != CaseStatus.Closed && await access.Editable(db.Cases).AnyAsync(c => c.Id == request.CaseId, ct);
        return Result<NoteOptions>.Ok(new NoteOptions(heading, candidates, last?.Location, last?.Format, usual, mayWrite));
    }
}
