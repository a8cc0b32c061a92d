using Casewell.Access;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.CaseTypes;

/// <summary>
/// An administrator adds a case type (no <see cref="CaseTypeId"/>) or changes one: its name, required
/// contact frequency and caseload weight. The code is fixed once given, since reports may key on it.
/// </summary>
public sealed record SaveCaseType(Guid? CaseTypeId, string? Code, string? Name, int? ContactFrequencyDays, string? ContactDescription, double LoadWeight);

public sealed class SaveCaseTypeHandler(CasewellDbContext db, TimeProvider clock)
{
    public const int MaxContactFrequencyDays = 366;
    public const double MaxLoadWeight = 10;

    public async Task<Result<Guid>> Handle(SaveCaseType request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (RolePermissions.Refusal(db.Actor, Ability.ManageOrganization) is { } refused) return Result<Guid>.From(refused);
        var v = new Validation();
        v.Required("Name", request.Name, new Message(CaseTypeMessages.RequiredName));
        v.SingleLine("Name", request.Name, CaseType.MaxNameLength, new Message(CaseTypeMessages.Name));
        v.SingleLine("ContactDescription", request.ContactDescription, CaseType.MaxContactDescriptionLength, new Message(CaseTypeMessages.ContactDescription));
        if (request.ContactFrequencyDays is { } days && days is < 1 or > MaxContactFrequencyDays)
            v.Add("ContactFrequencyDays", new Message(CaseTypeMessages.ContactFrequencyOutOfRange, MaxContactFrequencyDays));
        if (request.ContactFrequencyDays is not null && TextRules.IsBlank(request.ContactDescription))
            v.Add("ContactDescription", new Message(CaseTypeMessages.ContactDescriptionMissing));
        if (double.IsNaN(request.LoadWeight) || request.LoadWeight is <= 0 or > MaxLoadWeight)
            v.Add("LoadWeight", new Message(CaseTypeMessages.LoadWeightOutOfRange, MaxLoadWeight));

        CaseType? type = null;
        if (request.CaseTypeId is { } id)
        {
            type = await db.CaseTypes.SingleOrDefaultAsync(t => t.Id == id, ct);
            if (type is null) return Result<Guid>.NotFound();
            // Sent back unchanged by a client that echoes the whole type, the code is fine; a different one is
            // refused rather than silently kept.
            if (request.Code is not null && !string.Equals(request.Code.Trim(), type.Code, StringComparison.OrdinalIgnoreCase))
                v.Add("Code", new Message(CaseTypeMessages.CodeFixed));
        }
        else
        {
            v.Required("Code", request.Code, new Message(CaseTypeMessages.RequiredCode));
            v.SingleLine("Code", request.Code, CaseType.MaxCodeLength, new Message(CaseTypeMessages.Code));
            var code = request.Code?.Trim().ToUpperInvariant();
            // Only a storable code is looked up: the lookup would send a NUL to the database.
            if (!string.IsNullOrEmpty(code) && TextRules.ProblemOf(code, multiLine: false) is null && await db.CaseTypes.AnyAsync(t => t.Code == code, ct))
                v.Add("Code", new Message(CaseTypeMessages.CodeTaken));
        }
        if (v.HasErrors) return Result<Guid>.Invalid(v.ToDictionary());

        if (type is null)
        {
            type = new CaseType(Ids.New(clock), request.Code!, request.Name!, request.ContactFrequencyDays, request.ContactDescription, request.LoadWeight);
            db.CaseTypes.Add(type);
        }
        else
        {
            type.Change(request.Name!, request.ContactFrequencyDays, request.ContactDescription, request.LoadWeight);
        }
        await db.SaveChangesAsync(ct);
        return Result<Guid>.Ok(type.Id);
    }
}
