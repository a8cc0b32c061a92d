using System.Text.Json;
using System.Text.Json.Serialization;
using Casewell.Common;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Casewell.Web.Hosting;

/// <summary>
/// A <see cref="Message"/> in an API answer (a duplicate candidate's reasons) is written as its wording in the
/// request's culture, as a page shows it: the API keeps answering text, and the document says so.
/// </summary>
internal sealed class MessageJson : JsonConverter<Message>
{
    public override Message Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Messages are written by the core, never read from a request.");

    public override void Write(Utf8JsonWriter writer, Message value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Word());
    }

    /// <summary>The OpenAPI schema of a message: the string the converter writes, not the record's properties.</summary>
    public static Task DescribeAsString(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (context.JsonTypeInfo.Type != typeof(Message)) return Task.CompletedTask;
        schema.Type = JsonSchemaType.String;
        schema.Properties?.Clear();
        schema.Required?.Clear();
        return Task.CompletedTask;
    }
}
