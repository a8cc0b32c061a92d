namespace Casewell.Web.Tests.Cases;

/// <summary>A case opened through the API for a test, and the client it was opened for.</summary>
public sealed record OpenedTestCase(Guid Id, string Number, Guid TeamId, Guid ClientId, string ClientName);
