using Casewell.Common;

namespace Casewell.Documents;

/// <summary>
/// A document the actor may download, with its content checked against its SHA-256; or, when the stored file is missing
/// or no longer matches, no content and why (<see cref="Unavailable"/>), so that a page can say so beside the document's
/// own list. The caller disposes the stream.
/// </summary>
public sealed record DocumentDownload(Document Document, Stream? Content, Message? Unavailable);
