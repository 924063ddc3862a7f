using System.Globalization;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Teams.Setup;

/// <summary>
/// The setup form's inputs (untrusted strings) over the settings the form was made from: an input that did not come
/// back keeps its value; one that cannot be read is an error next to its field, never a guess.
/// </summary>
internal static class SetupFormReader
{
    public static (BusinessSettings Settings, IReadOnlyDictionary<BusinessSettingField, string> Errors) Read(
        BusinessSettings current, IReadOnlyDictionary<string, string> inputs)
    {
        var errors = new Dictionary<BusinessSettingField, string>();
        var form = new Form(inputs, errors);
        BusinessSettings read = current with
        {
            DisplayName = form.Text(SetupInputIds.DisplayName, current.DisplayName),
            TimeZoneId = form.Text(SetupInputIds.TimeZone, current.TimeZoneId) ?? "",
            CurrencyCode = form.Text(SetupInputIds.Currency, current.CurrencyCode)?.ToUpperInvariant(),
            SyncIntervalMinutes = form.Whole(SetupInputIds.SyncInterval, BusinessSettingField.SyncInterval, current.SyncIntervalMinutes),
            CompletionRule = form.Choice(SetupInputIds.CompletionRule, BusinessSettingField.CompletionRule, current.CompletionRule),
            CompletionGrace = TimeSpan.FromMinutes(form.Whole(SetupInputIds.CompletionGrace, BusinessSettingField.CompletionGrace, (int)current.CompletionGrace.TotalMinutes)),
            SyncCustomers = form.Toggle(SetupInputIds.SyncCustomers, current.SyncCustomers),
            CustomerTemplate = form.Text(SetupInputIds.CustomerTemplate, current.CustomerTemplate),
            SyncServices = form.Toggle(SetupInputIds.SyncServices, current.SyncServices),
            ItemTemplate = form.Text(SetupInputIds.ItemTemplate, current.ItemTemplate),
            BusinessCentral = ReadCompany(form, current.BusinessCentral),
            NoShowFee = ReadNoShowFee(form, current.NoShowFee),
            GroupBilling = form.Choice(SetupInputIds.GroupBilling, BusinessSettingField.GroupBilling, current.GroupBilling),
            AllowCreateCustomers = form.Toggle(SetupInputIds.AllowCreateCustomers, current.AllowCreateCustomers),
        };
        return (read, errors);
    }

    private static BcCompanyRef? ReadCompany(Form form, BcCompanyRef? current)
    {
        string environment = form.Text(SetupInputIds.Environment, current?.Environment) ?? "";
        string? typedName = form.Text(SetupInputIds.TypedCompany, null);
        string? picked = form.Text(SetupInputIds.Company, null);
        if (typedName is not null)
        {
            return new BcCompanyRef(environment, null, typedName);
        }
        if (picked is not null)
        {
            return Guid.TryParse(picked, out Guid id)
                ? new BcCompanyRef(environment, id, null)
                : form.Fail(BusinessSettingField.BusinessCentralCompany, "Pick a company from the list.", current);
        }
        if (current is null)
        {
            return environment.Length == 0 ? null : new BcCompanyRef(environment, null, null);
        }
        // Another environment than the one the company was picked in: the company must be picked again.
        return string.Equals(environment, current.Environment, StringComparison.OrdinalIgnoreCase)
            ? current with { Environment = environment }
            : new BcCompanyRef(environment, null, null);
    }

    private static NoShowFee? ReadNoShowFee(Form form, NoShowFee? current)
    {
        string? kind = form.Text(SetupInputIds.NoShowKind, current is null ? SetupInputIds.NoShowNone : current.Kind.ToString());
        if (kind is null || kind == SetupInputIds.NoShowNone)
        {
            return null;
        }
        if (!Enum.TryParse(kind, ignoreCase: false, out NoShowFeeKind parsed) || !Enum.IsDefined(parsed))
        {
            return form.Fail(BusinessSettingField.NoShowFee, "Pick how a no-show is billed.", current);
        }
        string item = form.Text(SetupInputIds.NoShowItem, current?.ItemNumber) ?? "";
        decimal value = form.Amount(SetupInputIds.NoShowValue, BusinessSettingField.NoShowFee, current?.Value ?? 0m);
        return new NoShowFee(item, parsed, value);
    }

    private sealed class Form(IReadOnlyDictionary<string, string> inputs, Dictionary<BusinessSettingField, string> errors)
    {
        // An input sent back blank clears an optional value; one not sent back keeps it.
        public string? Text(string id, string? current) =>
            inputs.TryGetValue(id, out string? value) ? (string.IsNullOrWhiteSpace(value) ? null : value.Trim()) : current;

        public bool Toggle(string id, bool current) =>
            inputs.TryGetValue(id, out string? value) ? string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) : current;

        public int Whole(string id, BusinessSettingField field, int current)
        {
            if (!inputs.TryGetValue(id, out string? value))
            {
                return current;
            }
            if (decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal number)
                && number == decimal.Truncate(number) && Math.Abs(number) <= 1_000_000)
            {
                return (int)number;
            }
            return Fail(field, "Type a whole number of minutes.", current);
        }

        public decimal Amount(string id, BusinessSettingField field, decimal current)
        {
            if (!inputs.TryGetValue(id, out string? value))
            {
                return current;
            }
            return decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal number)
                   && Math.Abs(number) <= 1_000_000_000m
                ? decimal.Round(number, 2, MidpointRounding.AwayFromZero)
                : Fail(field, "Type the fee as a number, e.g. 25 or 12.50.", current);
        }

        public TEnum Choice<TEnum>(string id, BusinessSettingField field, TEnum current)
            where TEnum : struct, Enum
        {
            if (!inputs.TryGetValue(id, out string? value))
            {
                return current;
            }
            return Enum.TryParse(value, ignoreCase: false, out TEnum parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _)
                ? parsed
                : Fail(field, "Pick one of the choices.", current);
        }

        public T Fail<T>(BusinessSettingField field, string sentence, T keep)
        {
            errors.TryAdd(field, sentence);
            return keep;
        }
    }
}
