using System.Reflection;
using TeamsBookingsBot.Domain;

namespace TeamsBookingsBot;

public sealed class ArchitectureTests
{
    private static readonly string[] ForbiddenInCore =
    [
        "Microsoft.AspNetCore", "Microsoft.Graph", "Microsoft.Kiota", "Quartz", "Microsoft.Data.Sqlite",
        "Npgsql", "System.Net.Http", "Azure.", "Microsoft.Extensions.Http",
    ];

    [Fact]
    public void Core_ReferencesNoInfrastructure()
    {
        Assembly core = typeof(Booking).Assembly;
        string[] offending = core.GetReferencedAssemblies()
            .Select(a => a.Name ?? "")
            .Where(name => ForbiddenInCore.Any(f => name.StartsWith(f, StringComparison.Ordinal)))
            .ToArray();
        Assert.Empty(offending);
    }

    [Fact]
    public void Core_UsesNoHttpTypes()
    {
        Type[] offending = typeof(Booking).Assembly.GetTypes()
            .Where(t => t.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)
                .Any(f => f.FieldType.Namespace?.StartsWith("System.Net.Http", StringComparison.Ordinal) == true))
            .ToArray();
        Assert.Empty(offending);
    }
}
