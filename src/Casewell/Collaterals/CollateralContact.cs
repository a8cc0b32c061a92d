using Casewell.Common;

namespace Casewell.Collaterals;

/// <summary>A professional around the client: the people the worker coordinates with, the client's care team.</summary>
public sealed class CollateralContact : IVersioned
{
    public const int MaxNameLength = 200;
    public const int MaxOrganizationLength = 200;
    public const int MaxPhoneLength = 30;
    public const int MaxEmailLength = 254;
    public const int MaxNotesLength = 1000;

    private CollateralContact() { }

    public CollateralContact(Guid id, Guid clientId, CollateralDetails details, DateTimeOffset createdAt)
    {
        Id = id;
        ClientId = clientId;
        CreatedAt = createdAt;
        Apply(details);
    }

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public string Name { get; private set; } = "";
    public CollateralRole Role { get; private set; }
    public string? Organization { get; private set; }
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public string? Notes { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? EndedAt { get; private set; }
    public int Version { get; set; }

    public bool IsCurrent => EndedAt is null;

    public void Update(CollateralDetails details) => Apply(details);

    public void End(DateTimeOffset now) => EndedAt ??= now;

    private void Apply(CollateralDetails d)
    {
        ArgumentNullException.ThrowIfNull(d);
        Name = d.Name.Trim();
        Role = d.Role;
        Organization = Blank(d.Organization);
        Phone = Blank(d.Phone);
        Email = Blank(d.Email);
        Notes = Blank(d.Notes);
    }

    private static string? Blank(string? value) => TextRules.OrNull(value);
}

public sealed record CollateralDetails(string Name, CollateralRole Role, string? Organization, string? Phone, string? Email, string? Notes);
