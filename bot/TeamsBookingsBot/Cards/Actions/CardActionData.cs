using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// The typed <c>data</c> of a card button. Cards live in chats for months: the data carries its verb and a
/// version so that <see cref="CardActionParser"/> can turn an old or foreign payload away instead of guessing.
/// </summary>
public abstract record CardActionData
{
    // Bump when a record's shape changes incompatibly: buttons on older cards then say "out of date".
    public const int CurrentVersion = 1;

    public const string VersionKey = "v";

    protected CardActionData(string verb) => Verb = verb;

    [JsonPropertyOrder(-2)]
    public string Verb { get; }

    [JsonPropertyOrder(-1)]
    [JsonPropertyName(VersionKey)]
    public int Version => CurrentVersion;

    public JsonObject ToJsonObject() => JsonSerializer.SerializeToNode(this, GetType(), CardActionJson.Options)!.AsObject();

    public AdaptiveExecuteAction ToExecuteAction(string title) => new(Verb) { Title = title, Data = ToJsonObject() };

    /// <summary>Checks what the JSON shape cannot (ids present, run id set); data from a card is untrusted.</summary>
    protected internal virtual bool IsValid() => true;
}
