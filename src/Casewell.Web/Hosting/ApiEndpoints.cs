using Casewell.Web.Admin;
using Casewell.Web.Audit;
using Casewell.Web.Caseloads;
using Casewell.Web.Cases;
using Casewell.Web.Clients;
using Casewell.Web.Consents;
using Casewell.Web.Court;
using Casewell.Web.Documents;
using Casewell.Web.EmergencyAccess;
using Casewell.Web.Identity;
using Casewell.Web.Notes;
using Casewell.Web.PrivacyReview;
using Casewell.Web.Restrictions;
using Casewell.Web.Tasks;

namespace Casewell.Web.Hosting;

internal static class ApiEndpoints
{
    public static WebApplication MapApi(this WebApplication app)
    {
        var api = app.MapGroup(ApiPaths.Prefix).DisableAntiforgery().WithIdempotentCreates().WithCommonProblems();
        api.MapSessionApi();
        api.MapStaffApi();
        api.MapClientsApi();
        api.MapConsentsApi();
        api.MapAuditApi();
        api.MapPrivacyReviewApi();
        api.MapEmergencyAccessApi();
        api.MapCasesApi();
        api.MapCaseloadsApi();
        api.MapTasksApi();
        api.MapContactsApi();
        api.MapTimelineApi();
        api.MapRestrictionsApi();
        api.MapNotesApi();
        api.MapCourtReportsApi();
        api.MapDocumentsApi();
        api.MapHearingsApi();
        return app;
    }
}
