using Casewell.Clients;
using Casewell.Collaterals;
using Casewell.Data;
using Casewell.Households;
using Casewell.Security;

namespace Casewell.Demo;

/// <summary>
/// Turns generated households into clients the way intake does (encrypted identifiers, blocking keys for
/// duplicate matching), with their relationships and collateral contacts, registered by an intake worker at
/// some time in the agency's past.
/// </summary>
internal sealed class DemoClientWriter(
    CasewellDbContext db,
    BatchWriter writer,
    FieldProtection protection,
    DemoRandom random,
    DemoPeople people,
    DemoCollaterals collaterals,
    IReadOnlyList<Guid> intakeWorkers,
    DateTimeOffset now,
    TimeSpan registrationSpan)
{
    private readonly List<DemoServedHousehold> served = [];

    public int Clients { get; private set; }
    public int Relationships { get; private set; }
    public int Collaterals { get; private set; }

    /// <summary>Every household written so far, as the case generator needs it.</summary>
    public IReadOnlyList<DemoServedHousehold> Served => served;

    /// <returns>Whether a batch was written, for progress reports.</returns>
    public async Task<bool> WriteAsync(DemoHousehold household, CancellationToken ct)
    {
        var registeredAt = RegistrationTime(household);
        var registeredBy = random.Pick(intakeWorkers);
        var ids = new List<Guid>();
        var rows = 0;
        foreach (var person in household.Members)
        {
            var client = new Client(Guid.CreateVersion7(registeredAt), person.Details, registeredAt, registeredBy);
            foreach (var alias in person.Aliases)
                client.AddAlias(new ClientAlias(Guid.CreateVersion7(registeredAt), alias.Kind, alias.First, alias.Middle, alias.Last));
            foreach (var identifier in person.Identifiers)
                client.AddIdentifier(ClientIdentifiers.Protect(identifier, protection, Guid.CreateVersion7(registeredAt)));
            db.Clients.Add(client);
            await ClientMatchIndex.RefreshAsync(db, client, isNew: true, ct);
            rows += 1 + person.Aliases.Count + person.Identifiers.Count;
            ids.Add(client.Id);

            var age = person.Details.BirthDate is { } birth ? people.Age(birth) : 30;
            foreach (var contact in collaterals.For(age))
            {
                db.CollateralContacts.Add(new CollateralContact(Guid.CreateVersion7(registeredAt), client.Id, contact, registeredAt));
                Collaterals++;
                rows++;
            }
        }
        Clients += ids.Count;
        served.Add(new DemoServedHousehold(ids, [.. household.Members.Select(m => m.Details.BirthDate ?? DateOnly.MinValue)], registeredAt));

        foreach (var tie in household.Ties)
        {
            db.Relationships.Add(new Relationship(Guid.CreateVersion7(registeredAt), ids[tie.Member], tie.Type, ids[tie.Related],
                null, null, livesInHousehold: true, isEmergencyContact: false, null, registeredAt));
        }
        foreach (var outsider in household.Outsiders)
        {
            db.Relationships.Add(new Relationship(Guid.CreateVersion7(registeredAt), ids[outsider.Member], outsider.Type, null,
                outsider.Name, outsider.Phone, livesInHousehold: false, outsider.IsEmergencyContact, null, registeredAt));
        }
        Relationships += household.Ties.Count + household.Outsiders.Count;
        rows += household.Ties.Count + household.Outsiders.Count;
        return await writer.AddedAsync(rows, ct);
    }

    /// <summary>Some time in the last years, but never before the youngest member was born.</summary>
    private DateTimeOffset RegistrationTime(DemoHousehold household)
    {
        var at = now - random.Within(registrationSpan);
        var youngest = household.Members.Max(m => m.Details.BirthDate) ?? DateOnly.MinValue;
        var earliest = new DateTimeOffset(youngest.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        return at < earliest ? earliest : at;
    }
}
