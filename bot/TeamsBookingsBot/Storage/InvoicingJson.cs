using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Storage;

/// <summary>
/// JSON for stored runs (selection, resolutions, result). The domain's closed hierarchies are written with a
/// "$kind" discriminator named after the record, so a stored run reads back as the same records.
/// </summary>
internal static class InvoicingJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { AddHierarchies } },
        Converters = { new ReadOnlyStringSetConverter() },
    };

    private static readonly Dictionary<Type, Type[]> Hierarchies = new()
    {
        [typeof(InvoiceCustomer)] = [typeof(InvoiceCustomer.Existing), typeof(InvoiceCustomer.FromTemplate)],
        [typeof(CustomerResolution)] =
        [
            typeof(CustomerResolution.Resolved), typeof(CustomerResolution.NotFound),
            typeof(CustomerResolution.Ambiguous), typeof(CustomerResolution.WillCreateFromTemplate),
        ],
        [typeof(LedgerEntry)] =
        [
            typeof(LedgerEntry.Reserved), typeof(LedgerEntry.Invoiced), typeof(LedgerEntry.Released),
            typeof(LedgerEntry.MarkedInvoiced), typeof(LedgerEntry.Excluded),
        ],
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidOperationException($"Stored {typeof(T).Name} is null.");

    private static void AddHierarchies(JsonTypeInfo info)
    {
        if (!Hierarchies.TryGetValue(info.Type, out Type[]? derived))
        {
            return;
        }
        info.PolymorphismOptions = new JsonPolymorphismOptions { TypeDiscriminatorPropertyName = "$kind" };
        foreach (Type type in derived)
        {
            info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, type.Name));
        }
    }
}
