using Casewell.Audit;
using Casewell.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Casewell.Web.Hosting;

/// <summary>
/// A signed-in staff member refused by an endpoint's role policy (a case worker asking for another worker's
/// caseload, a partner listing teams) is recorded in the audit trail, as the handlers record the refusals they
/// decide: one entry per refused request, naming the path. Anonymous requests are not recorded (they get 401, and
/// recording them would let anyone fill the trail).
/// </summary>
internal sealed class AuditedRefusals : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler answer = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden && context.User.Identity?.IsAuthenticated == true)
        {
            var db = context.RequestServices.GetRequiredService<CasewellDbContext>();
            var path = context.Request.Path.Value ?? "";
            db.RecordAccess(AuditAction.EndpointAccessRefused, "Endpoint", path.Length > 200 ? path[..200] : path, null, context.Request.Method);
            await db.SaveChangesAsync(context.RequestAborted);
        }
        await answer.HandleAsync(next, context, policy, authorizeResult);
    }
}
