namespace Casewell.Consents;

/// <summary>The file types a consent form may be, told by the file's first bytes, never by its name or declared type.</summary>
public enum ConsentFormType
{
    Pdf,
    Png,
    Jpeg,
}
