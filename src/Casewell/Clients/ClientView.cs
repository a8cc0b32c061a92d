namespace Casewell.Clients;

/// <summary>How much of a client a search row or duplicate candidate shows the one who asked (decision record 0018).</summary>
public enum ClientView
{
    /// <summary>The actor may open the record: the row links to the profile.</summary>
    Profile,

    /// <summary>
    /// No relationship: only what recognises the person (name, birth date, the programs that know them and whom to ask
    /// there), never the record: no address, identifier, phone or household.
    /// </summary>
    Recognition,
}

/// <summary>A program that knows the client, and whom to ask there: the case's primary worker, or its team when unassigned.</summary>
public sealed record ClientKnownIn(string Program, string Contact);
