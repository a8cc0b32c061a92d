using Casewell.Common;

namespace Casewell.Documents;

/// <summary>A client's own documents (those on no case), a page of them, and whether they are read through an emergency grant.</summary>
public sealed record ClientDocuments(Guid ClientId, string ClientName, PageOf<Document> Documents, bool ThroughEmergencyGrant);
