using System.Net;
using Casewell.Identity;

namespace Casewell.Web.Tests.Admin;

/// <summary>The lists of programs, teams (with their staff) and case types are for the agency's own casework and administration.</summary>
public abstract class OrganizationListsApiTests(CasewellApp app) : IntegrationTest(app)
{
    public static TheoryData<string, StaffRole, HttpStatusCode> Cases()
    {
        var data = new TheoryData<string, StaffRole, HttpStatusCode>();
        foreach (var path in new[] { "/api/v1/teams", "/api/v1/programs", "/api/v1/case-types" })
        {
            foreach (var role in Enum.GetValues<StaffRole>())
                data.Add(path, role, role is StaffRole.Partner or StaffRole.Auditor ? HttpStatusCode.Forbidden : HttpStatusCode.OK);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Partners_and_auditors_may_not_list_the_organization_and_the_agencys_staff_may(string path, StaffRole role, HttpStatusCode expected)
    {
        using var client = await App.SignedInAsync(role);

        var response = await client.GetAsync(path, Cancellation);

        Assert.Equal(expected, response.StatusCode);
    }
}

public sealed class OrganizationListsApiTests_on_Sqlite(SqliteApp app) : OrganizationListsApiTests(app), IClassFixture<SqliteApp>;

public sealed class OrganizationListsApiTests_on_Postgres(PostgresApp app) : OrganizationListsApiTests(app), IClassFixture<PostgresApp>;
