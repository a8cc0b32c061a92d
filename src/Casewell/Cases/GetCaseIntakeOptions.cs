using Casewell.Access;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Cases;

public sealed record CaseIntakeOptions(
    Guid ClientId,
    string ClientName,
    IReadOnlyList<ProgramOption> Programs,
    IReadOnlyList<CaseTypeOption> CaseTypes,
    IReadOnlyList<HouseholdOption> Household);

public sealed record ProgramOption(Guid Id, string Name, IReadOnlyList<TeamOption> Teams);

public sealed record TeamOption(Guid Id, string Name);

public sealed record CaseTypeOption(Guid Id, string Name, string? RequiredContact, int? ContactFrequencyDays);

public sealed record HouseholdOption(Guid ClientId, string Name);

/// <summary>What the open-case form offers for a client: active programs with their teams, case types, and the client's linked clients.</summary>
public sealed record GetCaseIntakeOptions(Guid ClientId);

public sealed class GetCaseIntakeOptionsHandler(CasewellDbContext db, ClientAccess clients, ListReads lists)
{
    public async Task<CaseIntakeOptions?> Handle(GetCaseIntakeOptions request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Intake opens a case for a person the duplicate check found, whom it may only recognise: the form names them and
        // offers only the household members the actor may read.
        var client = await clients.Recognisable(db.Clients).AsNoTracking().Where(c => c.Id == request.ClientId)
            .Select(c => new { c.Id, Name = (c.PreferredName ?? c.FirstName) + " " + c.LastName }).SingleOrDefaultAsync(ct);
        if (client is null) return null;

        var teams = await db.Teams.AsNoTracking().Where(t => t.IsActive && t.ProgramId != null)
            .OrderBy(t => t.Name).Select(t => new { t.Id, t.Name, ProgramId = t.ProgramId!.Value }).ToListAsync(ct);
        var programs = await db.Programs.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name).Select(p => new { p.Id, p.Name }).ToListAsync(ct);
        var types = await db.CaseTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Name)
            .Select(t => new CaseTypeOption(t.Id, t.Name, t.ContactDescription, t.ContactFrequencyDays)).ToListAsync(ct);
        var linkedIds = await db.Relationships.AsNoTracking()
            .Where(r => r.EndedAt == null && r.RelatedClientId != null && (r.ClientId == client.Id || r.RelatedClientId == client.Id))
            .Select(r => r.ClientId == client.Id ? r.RelatedClientId!.Value : r.ClientId)
            .ToListAsync(ct);
        var household = await clients.Readable(db.Clients).AsNoTracking().Where(c => linkedIds.Contains(c.Id)).OrderBy(c => c.FirstName)
            .Select(c => new HouseholdOption(c.Id, (c.PreferredName ?? c.FirstName) + " " + c.LastName)).ToListAsync(ct);
        // The form names the client and the people of their household it may include in the case.
        await lists.RecordShownAsync(ListRead.Household, [client.Id, .. household.Select(h => h.ClientId)], $"client {client.Id}", ct);

        return new CaseIntakeOptions(client.Id, client.Name,
            [.. programs.Select(p => new ProgramOption(p.Id, p.Name, [.. teams.Where(t => t.ProgramId == p.Id).Select(t => new TeamOption(t.Id, t.Name))]))],
            types, household);
    }
}
