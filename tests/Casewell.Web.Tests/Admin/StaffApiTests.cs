using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Casewell.Identity;

namespace Casewell.Web.Tests.Admin;

public abstract class StaffApiTests(CasewellApp app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_case_worker_may_not_list_staff()
    {
        using var worker = await App.SignedInAsync(StaffRole.CaseWorker);

        var response = await worker.GetAsync("/api/v1/staff", Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task An_administrator_lists_staff()
    {
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);

        var response = await administrator.GetAsync("/api/v1/staff", Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"email\": ")]
    [InlineData("not json")]
    [InlineData("{\"email\": 42, \"displayName\": [], \"role\": \"Nobody\", \"password\": {}}")]
    public async Task Malformed_JSON_is_a_400_problem_never_a_500(string body)
    {
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await administrator.PostAsync("/api/v1/staff", content, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task An_over_long_email_is_a_validation_problem_naming_the_field()
    {
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        var email = new string('a', 300) + "@agency.example.org";

        var response = await administrator.PostAsJsonAsync("/api/v1/staff",
            new { email, displayName = "Too Long", role = "CaseWorker", password = CasewellApp.Password }, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var errors = problem.RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("Email", out var emailErrors), $"errors: {errors}");
        Assert.NotEqual(0, emailErrors.GetArrayLength());
    }

    [Fact]
    public async Task An_administrator_creates_a_staff_member_who_can_sign_in_only_after_setting_their_own_password()
    {
        using var administrator = await App.SignedInAsync(StaffRole.Administrator);
        var email = $"new-{Guid.CreateVersion7():N}@agency.example.org";

        var created = await administrator.PostAsJsonAsync("/api/v1/staff",
            new { email, displayName = "New Worker", role = "CaseWorker", password = CasewellApp.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Cancellation));
        var token = body.RootElement.GetProperty("activationToken").GetString();

        using var worker = App.CreateAnonymousClient();
        var early = await worker.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation);
        Assert.False(early.IsSuccessStatusCode, $"sign-in before activation answered {(int)early.StatusCode}");
        var activated = await worker.PostAsJsonAsync("/api/v1/staff-activation", new { token, password = CasewellApp.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.NoContent, activated.StatusCode);
        var signIn = await worker.PostAsJsonAsync("/api/v1/session", new { email, password = CasewellApp.Password }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }
}

public sealed class StaffApiTests_on_Sqlite(SqliteApp app) : StaffApiTests(app), IClassFixture<SqliteApp>;

public sealed class StaffApiTests_on_Postgres(PostgresApp app) : StaffApiTests(app), IClassFixture<PostgresApp>;
