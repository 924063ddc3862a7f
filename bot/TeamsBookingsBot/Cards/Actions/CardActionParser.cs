using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace TeamsBookingsBot.Cards.Actions;

/// <summary>
/// Reads a button's data back from an <c>adaptiveCard/action</c> invoke value (<c>{action: {verb, data}}</c>)
/// or from the <c>value</c> of the message an Action.Submit fallback posts. False means the card is out of
/// date or the payload is not ours: answer "this card is out of date", never guess.
/// </summary>
public static class CardActionParser
{
    private static readonly FrozenDictionary<string, Type> DataTypes = new Dictionary<string, Type>
    {
        [CardVerbs.Help] = typeof(HelpActionData),
        [CardVerbs.ShowUninvoiced] = typeof(ShowUninvoicedActionData),
        [CardVerbs.SyncNow] = typeof(SyncNowActionData),
        [CardVerbs.SyncStatus] = typeof(SyncStatusActionData),
        [CardVerbs.InvoicePreview] = typeof(InvoicePreviewActionData),
        [CardVerbs.InvoiceCreate] = typeof(InvoiceCreateActionData),
        [CardVerbs.ShowPage] = typeof(ShowPageActionData),
        [CardVerbs.InvoiceAll] = typeof(InvoiceAllActionData),
        [CardVerbs.MarkInvoiced] = typeof(MarkInvoicedActionData),
        [CardVerbs.Exclude] = typeof(ExcludeActionData),
        [CardVerbs.InvoiceUndo] = typeof(UndoInvoiceActionData),
        [CardVerbs.SetupShow] = typeof(SetupShowActionData),
        [CardVerbs.SetupAdd] = typeof(SetupAddActionData),
        [CardVerbs.SetupEdit] = typeof(SetupEditActionData),
        [CardVerbs.SetupSave] = typeof(SetupSaveActionData),
        [CardVerbs.SetupTest] = typeof(SetupTestActionData),
        [CardVerbs.People] = typeof(PeopleActionData),
        [CardVerbs.ChangeRole] = typeof(ChangeRoleActionData),
        [CardVerbs.PickBusiness] = typeof(PickBusinessActionData),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<Type, FrozenSet<string>> DataKeys = DataTypes.Values.ToFrozenDictionary(
        type => type,
        type => CardActionJson.Options.GetTypeInfo(type).Properties.Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal));

    public static bool TryParse(JsonElement value, [NotNullWhen(true)] out CardActionRequest? request)
    {
        request = null;
        if (!TryLocate(value, out string? verb, out JsonElement data)
            || !DataTypes.TryGetValue(verb, out Type? type)
            || !HasCurrentVersion(data))
        {
            return false;
        }
        CardActionData? parsed;
        try
        {
            parsed = (CardActionData?)data.Deserialize(type, CardActionJson.Options);
        }
        catch (JsonException)
        {
            return false; // a field missing, null or of the wrong type: an old or foreign card
        }
        if (parsed is null || !parsed.IsValid())
        {
            return false;
        }
        request = new CardActionRequest(parsed, ReadInputs(data, DataKeys[type]));
        return true;
    }

    private static bool TryLocate(JsonElement value, [NotNullWhen(true)] out string? verb, out JsonElement data)
    {
        verb = null;
        data = value;
        if (value.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        if (value.TryGetProperty("action", out JsonElement action) && action.ValueKind == JsonValueKind.Object)
        {
            // Universal Actions: the verb sits beside the data; the data repeats it (for the Submit fallback).
            if (!action.TryGetProperty("verb", out JsonElement actionVerb) || actionVerb.ValueKind != JsonValueKind.String
                || !action.TryGetProperty("data", out data) || data.ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            verb = actionVerb.GetString()!;
            string? repeated = ReadVerb(data);
            return repeated is null || repeated == verb;
        }
        verb = ReadVerb(value);
        return verb is not null;
    }

    private static string? ReadVerb(JsonElement data) =>
        data.TryGetProperty("verb", out JsonElement verb) && verb.ValueKind == JsonValueKind.String ? verb.GetString() : null;

    private static bool HasCurrentVersion(JsonElement data) =>
        data.TryGetProperty(CardActionData.VersionKey, out JsonElement version)
        && version.ValueKind == JsonValueKind.Number
        && version.TryGetInt32(out int number)
        && number == CardActionData.CurrentVersion;

    private static Dictionary<string, string> ReadInputs(JsonElement data, FrozenSet<string> dataKeys)
    {
        var inputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (JsonProperty property in data.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.String && !dataKeys.Contains(property.Name))
            {
                inputs[property.Name] = property.Value.GetString()!;
            }
        }
        return inputs;
    }
}
