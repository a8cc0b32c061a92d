using Casewell.Security;

namespace Casewell.Clients;

/// <summary>An identifier as it is stored: encrypted, with its last four and its lookup hash; the demo generator stores its own the same way.</summary>
public static class ClientIdentifiers
{
    public static ClientIdentifier Protect(IdentifierInput input, FieldProtection protection, Guid id)
    {
        var normalized = ClientRules.Normalize(input.Kind, input.Value);
        return new ClientIdentifier(id, input.Kind, protection.Encrypt(normalized), normalized[^Math.Min(4, normalized.Length)..],
            protection.LookupHash(input.Kind.ToString(), normalized));
    }
}
