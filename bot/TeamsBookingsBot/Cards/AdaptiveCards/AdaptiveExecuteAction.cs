using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>
/// Action.Execute (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke with
/// <c>value.action.verb</c> and <c>value.action.data</c>, and the bot answers with a replacement card.
/// </summary>
public sealed class AdaptiveExecuteAction(string verb) : AdaptiveAction
{
    public const string VerbKey = "verb";

    public string Verb { get; } = verb;

    public JsonObject? Data { get; init; }

    public AdaptiveAssociatedInputs? AssociatedInputs { get; init; }

    /// <summary>
    /// Always an Action.Submit with the same title and data (bot-framework-protocol §3.2): a client without
    /// Universal Actions posts it as a message whose <c>value</c> is the data, so the data carries the verb too.
    /// </summary>
    [JsonPropertyOrder(1)]
    public AdaptiveAction Fallback => new AdaptiveSubmitAction
    {
        Title = Title,
        Id = Id is null ? null : Id + ".fallback",
        Tooltip = Tooltip,
        IsEnabled = IsEnabled,
        Mode = Mode,
        AssociatedInputs = AssociatedInputs,
        Data = FallbackData(),
    };

    private JsonObject FallbackData()
    {
        JsonObject data = Data is null ? [] : (JsonObject)Data.DeepClone();
        data.TryAdd(VerbKey, Verb);
        return data;
    }
}
