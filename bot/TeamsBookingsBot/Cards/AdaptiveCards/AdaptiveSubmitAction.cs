using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>Action.Submit: Teams posts a <c>message</c> activity whose <c>value</c> is the data merged with the inputs.</summary>
public sealed class AdaptiveSubmitAction : AdaptiveAction
{
    public JsonObject? Data { get; init; }

    public AdaptiveAssociatedInputs? AssociatedInputs { get; init; }
}
