namespace Casewell.Consents;

/// <summary>Whom a consent names: one person, an organization, or a class of recipients ("treating providers").</summary>
public enum RecipientKind
{
    Person,
    Organization,
    Class,
}

/// <summary>How the client gave the consent.</summary>
public enum ConsentObtained
{
    SignedInPerson,
    Electronic,
    VerbalWitnessed,
}

/// <summary>How the client revoked a consent.</summary>
public enum RevocationMethod
{
    InWriting,
    Verbal,
    Electronic,
}

/// <summary>How information left the agency.</summary>
public enum DisclosureMethod
{
    Phone,
    Letter,
    Fax,
    Email,
    Portal,
    InPerson,
}

/// <summary>Why the consent check refused a disclosure.</summary>
public enum ConsentRefusal
{
    NoConsent,
    NotYetValid,
    Expired,
    Revoked,
    CategoryNotCovered,
    RecipientNotCovered,
    Part2NotCovered,
    ProceedingNotCovered,
}

/// <summary>What authorized a disclosure: the client's consent, or a court order.</summary>
public enum DisclosureAuthority
{
    Consent,
    CourtOrder,
}
