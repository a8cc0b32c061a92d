using Casewell.Common;
using Casewell.Notes;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Notes;

/// <summary>
/// The notes' refusals that a client must tell apart without reading the words: a signed note is locked (an edit or a
/// delete will never succeed, whatever is sent), an addendum to a draft. Each has a problem type of its own (RFC 9457);
/// every other failure is answered as any use case's.
/// </summary>
internal static class NoteProblems
{
    public const string SignedNoteLocked = "urn:casewell:problem:signed-note-locked";
    public const string AddendumToDraft = "urn:casewell:problem:addendum-to-draft";

    public static ApiProblem For(Result failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var type = failure.Kind == ResultKind.Refused ? failure.Detail?.Code switch
        {
            NoteMessages.SignedIsLocked => SignedNoteLocked,
            NoteMessages.AddendumOnlyToSigned => AddendumToDraft,
            _ => null,
        } : null;
        if (type is null) return ApiProblem.For(failure);
        return new(TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused by a rule", detail: failure.Detail?.Word(), type: type));
    }

    public static Results<TOk, ApiProblem> ToNoteResults<T, TOk>(this Result<T> result, Func<T, TOk> onOk) where TOk : IResult
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onOk);
        return result.Succeeded ? onOk(result.Value!) : For(result);
    }

    public static Results<NoContent, ApiProblem> ToNoteResults(this Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Succeeded ? TypedResults.NoContent() : For(result);
    }
}
