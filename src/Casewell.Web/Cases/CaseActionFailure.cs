namespace Casewell.Web.Cases;

/// <summary>Why a case page form's step was not taken: its field errors, or one problem when no field is at fault.</summary>
public sealed record CaseActionFailure(string FormName, IReadOnlyDictionary<string, string[]>? Fields, string? Problem);
