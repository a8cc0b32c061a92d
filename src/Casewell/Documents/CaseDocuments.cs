using Casewell.Cases;
using Casewell.Common;

namespace Casewell.Documents;

/// <summary>A case's documents, a page of them, with the case's heading.</summary>
public sealed record CaseDocuments(CaseHeading Case, PageOf<Document> Documents);
