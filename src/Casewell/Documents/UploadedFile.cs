namespace Casewell.Documents;

/// <summary>What the upload's content turned out to be, as the staging measured it: its name as sent, size, type and hash.</summary>
public sealed record UploadedFile(string? FileName, long SizeBytes, DocumentType? Type, string Sha256);
