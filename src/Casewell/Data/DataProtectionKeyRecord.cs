namespace Casewell.Data;

/// <summary>An ASP.NET Core Data Protection key (cookies, antiforgery) kept in the database so every instance shares it.</summary>
public sealed class DataProtectionKeyRecord
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string Xml { get; set; } = "";
}
