using Casewell.Access;
using Casewell.Common;
using Casewell.Consents;
using Casewell.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Casewell.Web.Consents;

internal static class ConsentsApi
{
    public sealed record ConsentRequest(RecipientKind RecipientKind, string? Recipient, IReadOnlyList<InformationCategories>? Categories, string? Purpose,
        DateOnly ValidFrom, DateOnly? ValidUntil, ConsentObtained Obtained, string? Proceeding)
    {
        public ConsentDetails ToDetails() =>
            new(RecipientKind, Recipient ?? "", InformationCategoriesOf(Categories), Purpose ?? "", ValidFrom, ValidUntil, Obtained, Proceeding);
    }

    public sealed record RevocationRequest(RevocationMethod Method, string? Note);

    public sealed record DisclosureRequest(string? RecipientName, string? RecipientOrganization, string? RecipientClass,
        IReadOnlyList<InformationCategories>? Categories, string? Description, string? Purpose, DisclosureMethod Method, string? Proceeding, string? CourtOrder)
    {
        public DisclosureDetails ToDetails() => new(RecipientName ?? "", RecipientOrganization, RecipientClass, InformationCategoriesOf(Categories),
            Description ?? "", Purpose ?? "", Method, Proceeding, CourtOrder);
    }

    /// <summary>The check's answer, with the reason worded for whoever reads it.</summary>
    public sealed record DisclosureCheckAnswer(bool Covered, Guid? ConsentId, bool ByCourtOrder, ConsentRefusal? Refusal, string? Reason,
        IReadOnlyList<InformationCategories> Categories, bool IsPart2, string? RedisclosureNotice);

    public static RouteGroupBuilder MapConsentsApi(this RouteGroupBuilder api)
    {
        // Not under the clients group: auditors, who read no client's record, read its accounting of disclosures.
        var client = api.MapGroup("/clients/{clientId:guid}").WithTags("Consents");
        var consents = client.MapGroup("/consents").RequireAuthorization(nameof(Ability.ManageConsents));

        consents.MapGet("/", async Task<Results<Ok<IReadOnlyList<ConsentView>>, ApiProblem>> (Guid clientId, ConsentReads reads, CancellationToken ct) =>
            (await reads.ConsentsAsync(clientId, ct)).ToResults(list => TypedResults.Ok<IReadOnlyList<ConsentView>>([.. list.Select(ConsentView.Of)])))
            .WithName("ListConsents").ProducesProblems(ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("The client's consents, revoked ones included; reading them is recorded in the audit trail.");

        consents.MapPost("/", async (Guid clientId, ConsentRequest body, RecordConsentHandler handler, CancellationToken ct) =>
            (await handler.Handle(new RecordConsent(clientId, body.ToDetails()), ct))
                .ToResults(id => TypedResults.Created($"{ApiPaths.Prefix}/clients/{clientId}/consents/{id}", new CreatedId(id))))
            .WithName("RecordConsent").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("Record a client's consent to share: recipient, categories, purpose, period, how it was obtained, and any proceeding it names.");

        consents.MapPost("/{consentId:guid}/revocation", async (Guid clientId, Guid consentId, RevocationRequest body, RevokeConsentHandler handler,
                CancellationToken ct) =>
            (await handler.Handle(new RevokeConsent(clientId, consentId, body.Method, body.Note), ct)).ToResults())
            .WithName("RevokeConsent").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Revoke a consent from now on (it is kept, and what was disclosed under it stays in the accounting). Answers 422 when already revoked.");

        consents.MapPut("/{consentId:guid}/form", async (Guid clientId, Guid consentId, HttpRequest http, AttachConsentFormHandler handler, CancellationToken ct) =>
            (await handler.Handle(new AttachConsentForm(clientId, consentId, await ConsentFormUpload.ReadAsync(http.Body, ct)), ct)).ToResults())
            .Accepts<byte[]>("application/pdf", "image/png", "image/jpeg")
            .WithName("AttachConsentForm").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Upload the signed form as the request body: a PDF, PNG or JPEG (told by its contents) of at most 640 KB. A form is not replaced (422).");

        consents.MapGet("/{consentId:guid}/form", async Task<Results<FileContentHttpResult, ApiProblem>> (Guid clientId, Guid consentId, ConsentReads reads,
                CancellationToken ct) =>
            (await reads.FormAsync(clientId, consentId, ct)).ToResults(form => TypedResults.File(form.Content, ConsentFormTypes.MediaType(form.Type),
                $"consent-{consentId}.{ConsentFormTypes.Extension(form.Type)}")))
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf", "image/png", "image/jpeg")
            .WithName("DownloadConsentForm").ProducesProblems(ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("The signed form; the download is recorded in the audit trail.");

        var disclosures = client.MapGroup("/disclosures");
        disclosures.MapPost("/check", async (Guid clientId, DisclosureRequest body, CheckDisclosureHandler handler, CancellationToken ct) =>
            (await handler.Handle(new CheckDisclosure(clientId, body.ToDetails()), ct)).ToResults(answer => TypedResults.Ok(AnswerOf(answer))))
            .RequireAuthorization(nameof(Ability.ManageConsents))
            .WithName("CheckDisclosure").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("Whether the client's consents or a court order cover a release, and why not; records nothing.");

        disclosures.MapPost("/", async (Guid clientId, DisclosureRequest body, RecordDisclosureHandler handler, CancellationToken ct) =>
            (await handler.Handle(new RecordDisclosure(clientId, body.ToDetails()), ct))
                .ToResults(id => TypedResults.Created($"{ApiPaths.Prefix}/clients/{clientId}/disclosures/{id}", new CreatedId(id))))
            .RequireAuthorization(nameof(Ability.ManageConsents))
            .WithName("RecordDisclosure").ProducesProblems(ResultKind.Invalid, ResultKind.NotFound, ResultKind.Refused, ResultKind.Forbidden)
            .WithSummary("Record information released about the client. Refused (422, with the reason) unless a consent or a court order covers it.");

        disclosures.MapGet("/accounting", async Task<Results<Ok<IReadOnlyList<DisclosureView>>, FileContentHttpResult, ApiProblem>> (Guid clientId,
                HttpRequest http, ConsentReads reads, CancellationToken ct, string? format = null) =>
        {
            var csv = string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase)
                || http.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(AccountingCsv.MediaType, StringComparison.OrdinalIgnoreCase));
            var result = await reads.AccountingAsync(clientId, export: csv, ct);
            if (result.Failed) return ApiProblem.For(result);
            var rows = result.Value!.Select(DisclosureView.Of).ToList();
            if (csv) return TypedResults.File(AccountingCsv.Write(rows), AccountingCsv.MediaType, $"disclosures-{clientId}.csv");
            return TypedResults.Ok<IReadOnlyList<DisclosureView>>(rows);
        })
            .RequireAuthorization(nameof(Ability.ReadDisclosureAccounting))
            .Produces<string>(StatusCodes.Status200OK, AccountingCsv.MediaType)
            .WithName("AccountDisclosures").ProducesProblems(ResultKind.NotFound, ResultKind.Forbidden)
            .WithSummary("The client's accounting of disclosures, newest first: JSON, or CSV with Accept: text/csv or ?format=csv. Reading it is audited.");
        return api;
    }

    private static DisclosureCheckAnswer AnswerOf(ConsentAnswer a) =>
        new(a.Covered, a.ConsentId, a.ByCourtOrder, a.Refusal, a.Refusal is { } why ? ConsentMessages.For(why).Word() : null,
            [.. InformationCategorySet.Each(a.Categories)], a.IsPart2, a.IsPart2 ? RedisclosureNotice.Text : null);

    private static InformationCategories InformationCategoriesOf(IReadOnlyList<InformationCategories>? list) =>
        list is null ? InformationCategories.None : list.Aggregate(InformationCategories.None, (all, c) => all | c);
}
