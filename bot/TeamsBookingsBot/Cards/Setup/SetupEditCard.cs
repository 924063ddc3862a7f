using System.Globalization;
using TeamsBookingsBot.Application.Setup;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.BusinessCentral;
using TeamsBookingsBot.Domain.Invoicing;
using F = TeamsBookingsBot.Application.Setup.BusinessSettingField;

namespace TeamsBookingsBot.Cards.Setup;

/// <summary>
/// The Booking Sync Setup of one business, as Business Central's page had it: the Bookings business, how it syncs,
/// when a booking counts as done, the Business Central company (picked from BC's list), templates, no-show fee and
/// group billing. Save checks every field and stores all or nothing; Test connection checks what the form says.
/// </summary>
public static class SetupEditCard
{
    public static AdaptiveCard Build(SetupEditCardModel model)
    {
        BusinessSettings s = model.Settings;
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = "Set up a Bookings business.",
            Body =
            {
                CardText.Heading(model.IsNew ? "Set up a Bookings business" : "Bookings business setup"),
                new AdaptiveRichTextBlock
                {
                    Inlines =
                    {
                        new AdaptiveTextRun(CardText.Quote(model.BusinessName, 100)) { Weight = AdaptiveTextWeight.Bolder },
                        new AdaptiveTextRun(" " + CardText.Quote(s.BusinessId, SetupInputIds.MaxMailboxLength)) { IsSubtle = true },
                    },
                },
            },
            Actions =
            {
                new SetupSaveActionData(s.BusinessId, s.Version).ToExecuteAction("Save"),
                new SetupTestActionData(s.BusinessId).ToExecuteAction("Test connection"),
                new AdaptiveExecuteAction(CardVerbs.SetupShow) { Title = "Back", Data = new SetupShowActionData().ToJsonObject(), AssociatedInputs = AdaptiveAssociatedInputs.None },
            },
        };
        if (model.Notice is { } notice)
        {
            card.Body.Add(new AdaptiveRichTextBlock { Inlines = { new AdaptiveTextRun(CardText.Quote(notice, 400)) { Color = AdaptiveTextColor.Warning } } });
        }
        if (model.Errors.Count > 0)
        {
            card.Body.Add(new AdaptiveTextBlock("Nothing was saved: please fix the fields marked in red.") { Color = AdaptiveTextColor.Attention });
        }
        AddBookings(card.Body, model);
        AddBusinessCentral(card.Body, model);
        AddCustomersAndServices(card.Body, model);
        AddBilling(card.Body, model);
        return card;
    }

    private static void AddBookings(IList<AdaptiveElement> body, SetupEditCardModel model)
    {
        BusinessSettings s = model.Settings;
        body.Add(CardText.Section("Bookings"));
        SetupFormField.Add(body, new AdaptiveTextInput(SetupInputIds.DisplayName)
        {
            Label = "Name shown on cards (leave empty for the name in Bookings)",
            Value = s.DisplayName,
            MaxLength = BusinessSettingsRules.MaxDisplayNameLength,
        }, F.DisplayName, model);
        SetupFormField.Add(body, new AdaptiveTextInput(SetupInputIds.TimeZone)
        {
            Label = "Time zone the business works in (e.g. Europe/London or Pacific Standard Time)",
            Value = s.TimeZoneId,
            MaxLength = 64,
        }, F.TimeZone, model);
        SetupFormField.Add(body, new AdaptiveTextInput(SetupInputIds.Currency)
        {
            Label = "Currency when Bookings has none (three letters, e.g. EUR)",
            Value = s.CurrencyCode,
            MaxLength = 3,
        }, F.Currency, model);
        SetupFormField.Add(body, new AdaptiveNumberInput(SetupInputIds.SyncInterval)
        {
            Label = "Fetch new bookings every (minutes)",
            Value = s.SyncIntervalMinutes,
            Min = BusinessSettingsRules.MinSyncIntervalMinutes,
            Max = BusinessSettingsRules.MaxSyncIntervalMinutes,
        }, F.SyncInterval, model);
        SetupFormField.Add(body, new AdaptiveChoiceSetInput(SetupInputIds.CompletionRule)
        {
            Label = "A booking can be invoiced",
            Style = AdaptiveChoiceInputStyle.Expanded,
            Value = s.CompletionRule.ToString(),
            Choices =
            {
                new AdaptiveChoice("Once it has ended, plus the grace period below", nameof(CompletionRule.EndedAfterGrace)),
                new AdaptiveChoice("As soon as it has started (Business Central's rule)", nameof(CompletionRule.StartedBeforeNow)),
            },
        }, F.CompletionRule, model);
        SetupFormField.Add(body, new AdaptiveNumberInput(SetupInputIds.CompletionGrace)
        {
            Label = "Grace period after the end, for late changes (minutes)",
            Value = (decimal)s.CompletionGrace.TotalMinutes,
            Min = 0,
            Max = (decimal)BusinessSettingsRules.MaxCompletionGrace.TotalMinutes,
        }, F.CompletionGrace, model);
    }

    private static void AddBusinessCentral(IList<AdaptiveElement> body, SetupEditCardModel model)
    {
        BcCompanyRef? company = model.Settings.BusinessCentral;
        body.Add(CardText.Section("Business Central"));
        SetupFormField.Add(body, new AdaptiveTextInput(SetupInputIds.Environment)
        {
            Label = "Environment (as the Business Central admin center names it)",
            Value = company?.Environment ?? "Production",
            MaxLength = BusinessSettingsRules.MaxEnvironmentLength,
        }, F.BusinessCentralEnvironment, model);
        body.Add(new AdaptiveActionSet
        {
            Spacing = AdaptiveSpacing.Small,
            Actions = { new SetupEditActionData(model.Settings.BusinessId, KeepInputs: true).ToExecuteAction("Show the companies of this environment") },
        });
        if (model.Companies is { } companies)
        {
            SetupFormField.Add(body, new AdaptiveChoiceSetInput(SetupInputIds.Company)
            {
                Label = "Company the invoices go to",
                Placeholder = companies.Count == 0 ? "The app sees no company in this environment" : "Pick a company",
                Value = SelectedCompany(company, companies)?.Id.ToString(),
                Wrap = true,
                Choices = [.. companies.Select(c => new AdaptiveChoice(CardText.Quote(Title(c), 120), c.Id.ToString()))],
            }, F.BusinessCentralCompany, model);
            return;
        }
        body.Add(CardText.Plain(CardText.Quote(model.CompaniesProblem ?? "Business Central did not list its companies.", 400), subtle: true));
        SetupFormField.Add(body, new AdaptiveTextInput(SetupInputIds.TypedCompany)
        {
            Label = "Company name, exactly as in Business Central",
            Value = company?.CompanyName,
            MaxLength = BusinessSettingsRules.MaxCompanyNameLength,
        }, F.BusinessCentralCompany, model);
    }

    private static void AddCustomersAndServices(IList<AdaptiveElement> body, SetupEditCardModel model)
    {
        BusinessSettings s = model.Settings;
        body.Add(CardText.Section("Customers and services"));
        SetupFormField.Add(body, SetupFormField.Toggle(SetupInputIds.SyncCustomers, "Sync Bookings customers to Business Central customers", s.SyncCustomers), F.SyncCustomers, model);
        SetupFormField.Add(body, new AdaptiveTextInput(SetupInputIds.CustomerTemplate)
        {
            Label = "Customer template: number of the customer new customers copy their settings from",
            Value = s.CustomerTemplate,
            MaxLength = BusinessSettingsRules.MaxCodeLength,
        }, F.CustomerTemplate, model);
        SetupFormField.Add(body, SetupFormField.Toggle(SetupInputIds.AllowCreateCustomers,
            "Create a Business Central customer when invoicing someone it does not know (by email)", s.AllowCreateCustomers), F.AllowCreateCustomers, model);
        SetupFormField.Add(body, SetupFormField.Toggle(SetupInputIds.SyncServices, "Sync Bookings services to Business Central Service items", s.SyncServices), F.SyncServices, model);
        SetupFormField.Add(body, new AdaptiveTextInput(SetupInputIds.ItemTemplate)
        {
            Label = "Item template: number of the Service item new items copy their settings from",
            Value = s.ItemTemplate,
            MaxLength = BusinessSettingsRules.MaxCodeLength,
        }, F.ItemTemplate, model);
    }

    private static void AddBilling(IList<AdaptiveElement> body, SetupEditCardModel model)
    {
        BusinessSettings s = model.Settings;
        body.Add(CardText.Section("No-shows and group bookings"));
        SetupFormField.Add(body, new AdaptiveChoiceSetInput(SetupInputIds.NoShowKind)
        {
            Label = "No-show fee",
            Value = s.NoShowFee?.Kind.ToString() ?? SetupInputIds.NoShowNone,
            Choices =
            {
                new AdaptiveChoice("No fee", SetupInputIds.NoShowNone),
                new AdaptiveChoice("A fixed amount", nameof(NoShowFeeKind.FixedAmount)),
                new AdaptiveChoice("A percentage of the price", nameof(NoShowFeeKind.PercentageOfPrice)),
            },
        }, F.NoShowFee, model);
        body.Add(new AdaptiveTextInput(SetupInputIds.NoShowItem)
        {
            Label = "Service item the fee is billed on (its number)",
            Value = s.NoShowFee?.ItemNumber,
            MaxLength = BusinessSettingsRules.MaxCodeLength,
        });
        body.Add(new AdaptiveNumberInput(SetupInputIds.NoShowValue)
        {
            Label = "Fee: the amount, or the percentage",
            Value = s.NoShowFee?.Value,
            Min = 0,
        });
        SetupFormField.Add(body, new AdaptiveChoiceSetInput(SetupInputIds.GroupBilling)
        {
            Label = "A booking with several customers",
            Style = AdaptiveChoiceInputStyle.Expanded,
            Value = s.GroupBilling.ToString(),
            Choices =
            {
                new AdaptiveChoice("Each customer gets their own invoice", nameof(GroupBookingBilling.PerAttendee)),
                new AdaptiveChoice("The first customer pays for everyone", nameof(GroupBookingBilling.FirstCustomerPaysAll)),
            },
        }, F.GroupBilling, model);
    }

    private static BcCompany? SelectedCompany(BcCompanyRef? wanted, IReadOnlyList<BcCompany> companies) =>
        wanted is null ? (companies.Count == 1 ? companies[0] : null)
        : companies.FirstOrDefault(c => c.Id == wanted.CompanyId)
          ?? companies.FirstOrDefault(c => string.Equals(c.Name, wanted.CompanyName, StringComparison.OrdinalIgnoreCase));

    private static string Title(BcCompany c) =>
        string.IsNullOrWhiteSpace(c.DisplayName) || string.Equals(c.DisplayName, c.Name, StringComparison.Ordinal)
            ? c.Name
            : string.Create(CultureInfo.InvariantCulture, $"{c.DisplayName} ({c.Name})");
}
