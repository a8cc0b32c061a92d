using Casewell.Security;

namespace Casewell.Clients;

internal static class ClientIdentifiers
{
    public static ClientIdentifier Protect(IdentifierInput input, FieldProtection protection, Guid id)
    {
        var normalized = ClientRules.Normalize(input.Kind, input.Value);
        return new ClientIdentifier(id, input.Kind, protection.Encrypt(normalized), normalized[^Math.Min(4, normalized.Length)..],
            protection.LookupHash(input.Kind.ToString(), normalized));
    }
}
