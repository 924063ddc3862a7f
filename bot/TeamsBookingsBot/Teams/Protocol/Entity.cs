using System.Text.Json;
using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Teams.Protocol;

/// <summary>An activity entity: a <c>type</c> plus whatever else that type carries, kept as received.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Reads this entity as a typed shape, like the SDK's <c>GetAs&lt;T&gt;()</c>.</summary>
    /// <exception cref="JsonException">The entity does not have the shape of <typeparamref name="T"/>.</exception>
    public T? GetAs<T>() where T : class =>
        JsonSerializer.SerializeToElement(this, ActivityJson.Options).Deserialize<T>(ActivityJson.Options);

    public static Entity From<T>(T value) where T : class =>
        JsonSerializer.SerializeToElement(value, ActivityJson.Options).Deserialize<Entity>(ActivityJson.Options)
        ?? throw new ArgumentException("The value serialises to JSON null.", nameof(value));
}
