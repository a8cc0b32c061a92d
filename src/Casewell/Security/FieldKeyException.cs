namespace Casewell.Security;

/// <summary>
/// Casewell cannot use the field encryption key it was given: none where one is required, one that is not a key,
/// or one that is not the key this database's identifiers were written with. The message says what to do; the
/// host prints it and stops rather than run with identifiers it cannot read.
/// </summary>
public sealed class FieldKeyException : Exception
{
    public FieldKeyException()
    {
    }

    public FieldKeyException(string message) : base(message)
    {
    }

    public FieldKeyException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
