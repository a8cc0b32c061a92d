using Microsoft.Extensions.DependencyInjection;

namespace Casewell.Demo;

public static class DemoServices
{
    /// <summary>The generator's use case, scoped like the core's handlers: it shares the scope's DbContext and actor.</summary>
    public static IServiceCollection AddCasewellDemo(this IServiceCollection services)
    {
        services.AddScoped<SeedDemoDataHandler>();
        return services;
    }
}
