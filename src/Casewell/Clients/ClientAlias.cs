using Casewell.Common;
namespace Casewell.Clients;

public sealed class ClientAlias
{
    private ClientAlias() { }

    public ClientAlias(Guid id, AliasKind kind, string first, string? middle, string last)
    {
        Id = id;
        Kind = kind;
        First = first.Trim();
        Middle = TextRules.OrNull(middle);
        Last = last.Trim();
    }

    public Guid Id { get; private set; }
    public Guid ClientId { get; private set; }
    public AliasKind Kind { get; private set; }
    public string First { get; private set; } = "";
    public string? Middle { get; private set; }
    public string Last { get; private set; } = "";

    public PersonName Name => new(First, Middle, Last);
}
