using Microsoft.Extensions.DependencyInjection;

namespace TeamsBookingsBot.Invoicing;

/// <summary>Wraps the registered implementation of a port, for fault injection (there is no Scrutor here).</summary>
internal static class ServiceDecoration
{
    public static void Decorate<T>(this IServiceCollection services, Func<T, T> decorate)
        where T : class
    {
        ServiceDescriptor original = services.Last(d => d.ServiceType == typeof(T));
        services.Remove(original);
        services.Add(ServiceDescriptor.Describe(typeof(T), sp => decorate((T)Create(original, sp)), original.Lifetime));
    }

    private static object Create(ServiceDescriptor descriptor, IServiceProvider sp) =>
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(sp)
        ?? ActivatorUtilities.CreateInstance(sp, descriptor.ImplementationType!);
}
