using Casewell.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Casewell.Web.Hosting;

/// <summary>
/// What the OpenAPI document says about an operation beyond the success its typed result names: the problems its
/// use case can answer, the problems every API endpoint can answer (no session, a role that may not, a body that
/// cannot be read or is too large), and the headers it reads and writes. A generated client learns every answer
/// from it; <c>OpenApiDocumentTests</c> holds every operation to it.
/// </summary>
internal static class ApiResponses
{
    private const string ProblemJson = "application/problem+json";

    /// <summary>The status each kind of failed <see cref="Result"/> is answered with, as <see cref="ResultHttp.Problem"/> answers it.</summary>
    public static int StatusOf(ResultKind kind) => kind switch
    {
        ResultKind.Invalid => StatusCodes.Status400BadRequest,
        ResultKind.NotFound => StatusCodes.Status404NotFound,
        ResultKind.Conflict => StatusCodes.Status409Conflict,
        ResultKind.Refused => StatusCodes.Status422UnprocessableEntity,
        ResultKind.Forbidden => StatusCodes.Status403Forbidden,
        ResultKind.TooMany => StatusCodes.Status429TooManyRequests,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a failure."),
    };

    /// <summary>The failures the endpoint's use case can answer, each as its problem document.</summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params ResultKind[] kinds) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata([.. kinds.Select(kind => Problem(StatusOf(kind)))]);

    /// <summary>The endpoint changes a versioned record and needs the ETag it was read with (see <see cref="IfMatch"/>).</summary>
    public static TBuilder RequiresIfMatch<TBuilder>(this TBuilder builder, string what) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestHeader("If-Match", Required: true,
            $"The ETag of the {what} as you last read it; a change made meanwhile is answered 409 with what changed.", [StatusCodes.Status428PreconditionRequired]));

    /// <summary>The endpoint's success carries the record's version in an ETag header, to send back in If-Match.</summary>
    public static TBuilder WithETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(ETagHeader.Instance);

    /// <summary>
    /// Declares, once every endpoint's own conventions have run, the problems any API endpoint can answer: 401
    /// without a session (unless anonymous), 403 where a role policy applies, 400 and 413 for a body, and the
    /// problems of the request headers it reads.
    /// </summary>
    public static RouteGroupBuilder WithCommonProblems(this RouteGroupBuilder api)
    {
        ((IEndpointConventionBuilder)api).Finally(endpoint =>
        {
            var metadata = endpoint.Metadata;
            var declared = metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.StatusCode).ToHashSet();
            void Add(int status)
            {
                if (declared.Add(status)) metadata.Add(Problem(status));
            }

            if (!metadata.OfType<IAllowAnonymous>().Any()) Add(StatusCodes.Status401Unauthorized);
            if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null) || metadata.OfType<AuthorizationPolicy>().Any())
                Add(StatusCodes.Status403Forbidden);
            if (metadata.OfType<IAcceptsMetadata>().Any())
            {
                Add(StatusCodes.Status400BadRequest);
                Add(StatusCodes.Status413PayloadTooLarge);
            }
            foreach (var status in metadata.OfType<RequestHeader>().SelectMany(h => h.Problems).ToList()) Add(status);
        });
        return api;
    }

    /// <summary>Writes the request and response headers the metadata names into the document, which has no other way to say them.</summary>
    public static Task DescribeHeaders(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        foreach (var header in metadata.OfType<RequestHeader>())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = header.Name,
                In = ParameterLocation.Header,
                Required = header.Required,
                Description = header.Description,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        var etag = metadata.OfType<ETagHeader>().Any();
        foreach (var (status, answer) in operation.Responses ?? [])
        {
            if (answer is not OpenApiResponse response) continue;
            if (status == "201") AddHeader(response, "Location", "The address of the new record.", JsonSchemaType.String);
            if (status == "429") AddHeader(response, "Retry-After", "Seconds to wait before trying again.", JsonSchemaType.Integer);
            if (etag && status.StartsWith('2')) AddHeader(response, "ETag", "The record's version, to send in If-Match with a change.", JsonSchemaType.String);
        }
        return Task.CompletedTask;
    }

    private static void AddHeader(OpenApiResponse response, string name, string description, JsonSchemaType type)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = type } };
    }

    private static ProducesResponseTypeMetadata Problem(int status) =>
        new(status, status == StatusCodes.Status400BadRequest ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails), [ProblemJson]);

    /// <summary>A request header an endpoint reads, and the problems it answers when the header is missing or wrong.</summary>
    public sealed record RequestHeader(string Name, bool Required, string Description, IReadOnlyList<int> Problems);

    private sealed class ETagHeader
    {
        public static readonly ETagHeader Instance = new();
    }
}
