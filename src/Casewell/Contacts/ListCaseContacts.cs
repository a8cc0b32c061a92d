using Casewell.Access;
using Casewell.Cases;
using Casewell.Common;
using Casewell.Data;
using Microsoft.EntityFrameworkCore;

namespace Casewell.Contacts;

public sealed record ContactView(Guid Id, DateTimeOffset OccurredAt, ContactKind Kind, Guid WorkerId, string WorkerName, string Summary, DateTimeOffset RecordedAt);

public sealed record CaseContacts(CaseHeading Case, PageOf<ContactView> Contacts);

/// <summary>A case's contacts, latest first, for whoever may read the case; each view is audited.</summary>
public sealed record ListCaseContacts(Guid CaseId, int? Page = 1, int? PageSize = null);

public sealed class ListCaseContactsHandler(CasewellDbContext db, CaseReads reads)
{
    public async Task<Result<CaseContacts>> Handle(ListCaseContacts request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var heading = await reads.ReadHeadingAsync(request.CaseId, CaseRead.Contacts, null, ct);
        if (heading is null) return Result<CaseContacts>.NotFound();

        var (page, size) = PageOf<ContactView>.Normalize(request.Page, request.PageSize);
        var contacts = await PageOf<ContactView>.ReadAsync(db.CaseContacts.AsNoTracking()
            .Where(c => c.CaseId == request.CaseId)
            .OrderByDescending(c => c.OccurredAt).ThenByDescending(c => c.Id)
            .Select(c => new ContactView(c.Id, c.OccurredAt, c.Kind, c.WorkerId, c.WorkerName, c.Summary, c.RecordedAt)), page, size, ct);
        return Result<CaseContacts>.Ok(new CaseContacts(heading, contacts));
    }
}
