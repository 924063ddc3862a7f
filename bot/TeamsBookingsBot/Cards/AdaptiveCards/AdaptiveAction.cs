using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>A card action; the schema's <c>type</c> is written first as the discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(AdaptiveSubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(AdaptiveOpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(AdaptiveShowCardAction), "Action.ShowCard")]
public abstract class AdaptiveAction
{
    public string? Title { get; init; }

    public string? Id { get; init; }

    public Uri? IconUrl { get; init; }

    public AdaptiveActionStyle? Style { get; init; }

    public string? Tooltip { get; init; }

    // Nullable because the schema default is true.
    public bool? IsEnabled { get; init; }

    public AdaptiveActionMode? Mode { get; init; }
}
