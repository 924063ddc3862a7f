using System.Text.Json.Serialization;

namespace TeamsBookingsBot.Cards.AdaptiveCards;

/// <summary>A card body element; the schema's <c>type</c> is written first as the discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(AdaptiveTextBlock), "TextBlock")]
[JsonDerivedType(typeof(AdaptiveRichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(AdaptiveContainer), "Container")]
[JsonDerivedType(typeof(AdaptiveColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(AdaptiveFactSet), "FactSet")]
[JsonDerivedType(typeof(AdaptiveImage), "Image")]
[JsonDerivedType(typeof(AdaptiveActionSet), "ActionSet")]
[JsonDerivedType(typeof(AdaptiveTable), "Table")]
[JsonDerivedType(typeof(AdaptiveTextInput), "Input.Text")]
[JsonDerivedType(typeof(AdaptiveNumberInput), "Input.Number")]
[JsonDerivedType(typeof(AdaptiveToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(AdaptiveChoiceSetInput), "Input.ChoiceSet")]
public abstract class AdaptiveElement
{
    public string? Id { get; init; }

    public AdaptiveSpacing? Spacing { get; init; }

    public bool Separator { get; init; }

    // Nullable because the schema default is true: only an explicit false is worth sending.
    public bool? IsVisible { get; init; }

    public AdaptiveHeight? Height { get; init; }
}
