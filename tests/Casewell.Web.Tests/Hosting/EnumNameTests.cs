using System.Net;
using System.Text;
using Casewell.Identity;
using Casewell.Web.Tests.Cases;
using static Casewell.Web.Tests.Cases.CaseHttp;

namespace Casewell.Web.Tests.Hosting;

/// <summary>A choice on the API is one of its documented names: numbers stored values no list defines, and came back as numbers.</summary>
public abstract class EnumNameTests(CasewellApp app) : IntegrationTest(app)
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Client(string precision) =>
        $$"""{"details":{"legalName":{"first":"Robin","last":"Lee{{Guid.CreateVersion7():N}}"},"birthDate":"1980-01-01","birthDatePrecision":{{precision}},"veteranStatus":"Unknown"},"confirmedNewPerson":true}""";

    [Theory]
    [InlineData("123")]
    [InlineData("-1")]
    [InlineData("\"999\"")]
    [InlineData("\"1\"")]
    [InlineData("\"Someday\"")]
    public async Task An_undefined_choice_is_refused_on_registration_naming_the_field(string precision)
    {
        using var intake = await App.SignedInAsync(StaffRole.IntakeWorker);

        var response = await intake.PostAsync("/api/v1/clients", Json(Client(precision)), Cancellation);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("details.birthDatePrecision", out _), problem.ToString());
    }

    [Theory]
    [InlineData("123")]
    [InlineData("\"999\"")]
    public async Task An_undefined_choice_is_refused_on_an_edit(string precision)
    {
        using var intake = await App.SignedInAsync(StaffRole.IntakeWorker);
        var id = (await CreatedAsync(await intake.PostAsync("/api/v1/clients", Json(Client("\"Exact\"")), Cancellation))).GetProperty("id").GetGuid();
        var etag = (await intake.GetAsync($"/api/v1/clients/{id}", Cancellation)).Headers.ETag!.Tag;
        using var put = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/clients/{id}") { Content = Json(Client(precision)) };
        put.Headers.TryAddWithoutValidation("If-Match", etag);

        var response = await intake.SendAsync(put, Cancellation);

        await ProblemAsync(response, HttpStatusCode.BadRequest);
        var profile = await intake.GetStringAsync($"/api/v1/clients/{id}", Cancellation);
        Assert.Contains("\"birthDatePrecision\":\"Exact\"", profile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_named_choice_is_still_accepted()
    {
        using var intake = await App.SignedInAsync(StaffRole.IntakeWorker);

        var response = await intake.PostAsync("/api/v1/clients", Json(Client("\"Approximate\"")), Cancellation);

        await CreatedAsync(response);
    }

    [Theory]
    [InlineData("priority=2", "Priority")]
    [InlineData("priority=%2B2", "Priority")]
    [InlineData("status=1", "Status")]
    [InlineData("sort=0", "Sort")]
    public async Task A_caseload_filter_given_as_a_number_is_refused(string query, string field)
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();

        var response = await worker.Http.GetAsync($"/api/v1/caseload?{query}", Cancellation);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task A_caseload_filter_given_by_name_still_filters()
    {
        using var world = await CaseWorld.CreateAsync(App);
        var worker = await world.AddWorkerAsync();

        var response = await worker.Http.GetAsync("/api/v1/caseload?priority=High&status=Open&sort=Client", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public sealed class EnumNameTests_on_Sqlite(SqliteApp app) : EnumNameTests(app), IClassFixture<SqliteApp>;

public sealed class EnumNameTests_on_Postgres(PostgresApp app) : EnumNameTests(app), IClassFixture<PostgresApp>;
