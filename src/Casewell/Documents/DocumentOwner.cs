namespace Casewell.Documents;

/// <summary>The record a document is filed on: a client, or one of their cases.</summary>
public readonly record struct DocumentOwner(DocumentOwnerKind Kind, Guid Id)
{
    public static DocumentOwner Client(Guid clientId) => new(DocumentOwnerKind.Client, clientId);

    public static DocumentOwner Case(Guid caseId) => new(DocumentOwnerKind.Case, caseId);
}

public enum DocumentOwnerKind
{
    Client,
    Case,
}
