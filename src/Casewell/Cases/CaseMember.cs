namespace Casewell.Cases;

/// <summary>A household member included in a family case, besides its primary client.</summary>
public sealed class CaseMember
{
    private CaseMember() { }

    internal CaseMember(Guid caseId, Guid clientId)
    {
        CaseId = caseId;
        ClientId = clientId;
    }

    public Guid CaseId { get; private set; }
    public Guid ClientId { get; private set; }
}
