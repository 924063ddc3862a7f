using System.Reflection;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Sandbox;

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

    [Fact]
    public void ProductionAssembly_HasNoSandboxTypes_AndOnlyTheCompositionRootReferencesThem()
    {
        Assembly production = typeof(Program).Assembly;
        Assembly sandbox = typeof(SandboxExtensions).Assembly;

        // The composition root is Program (top-level statements, with its lambdas' closure types nested in it).
        string[] offending = production.GetTypes()
            .Where(t => Outermost(t) != typeof(Program))
            .SelectMany(t => SandboxReferenceFinder.References(t, sandbox))
            .ToArray();

        Assert.DoesNotContain(production.GetTypes(), t => t.Namespace?.StartsWith("TeamsBookingsBot.Sandbox", StringComparison.Ordinal) == true);
        Assert.Empty(offending);
        // The check sees through method bodies: the composition root itself is found referencing the sandbox.
        Assert.NotEmpty(production.GetTypes().Where(t => Outermost(t) == typeof(Program)).SelectMany(t => SandboxReferenceFinder.References(t, sandbox)));
    }

    [Fact]
    public void SandboxAssembly_ReferencesNoProductionAssembly()
    {
        string[] referenced = [.. typeof(SandboxExtensions).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? "")];

        Assert.DoesNotContain(typeof(Program).Assembly.GetName().Name, referenced);
    }

    private static Type Outermost(Type type) => type.DeclaringType is { } outer ? Outermost(outer) : type;
}
