namespace Casewell.Web.Hosting;

/// <summary>The body of a create that answers only the new record's id (its address is in Location).</summary>
internal sealed record CreatedId(Guid Id);
