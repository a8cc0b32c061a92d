namespace Casewell.EmergencyAccess;

/// <summary>A grant as the lists show it: whose, on whom, why, until when, and how it was reviewed.</summary>
public sealed record EmergencyGrantLine(
    Guid Id,
    Guid StaffId,
    string StaffName,
    Guid ClientId,
    string ClientName,
    string Reason,
    DateTimeOffset OpenedAt,
    DateTimeOffset ExpiresAt,
    bool IsActive,
    DateTimeOffset? ReviewedAt,
    string? ReviewedByName,
    string? ReviewNote,
    int Version);
