using System.Text.Json.Nodes;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;

namespace TeamsBookingsBot.Cards;

/// <summary>One card with every element, action and most options the builder offers, for teams-check.</summary>
internal static class KitchenSinkCard
{
    public static AdaptiveCard Build() => new()
    {
        FullWidth = true,
        FallbackText = "Every element",
        Speak = "Every element",
        Lang = "en",
        Refresh = new AdaptiveRefresh(new SyncStatusActionData().ToExecuteAction("Refresh"), ["29:user-alex"]),
        Body =
        {
            new AdaptiveTextBlock("Heading")
            {
                Style = AdaptiveTextBlockStyle.Heading, Size = AdaptiveTextSize.ExtraLarge, Weight = AdaptiveTextWeight.Bolder,
                Color = AdaptiveTextColor.Accent, FontType = AdaptiveFontType.Monospace, HorizontalAlignment = AdaptiveHorizontalAlignment.Center,
                MaxLines = 2, IsSubtle = true, Id = "heading", Spacing = AdaptiveSpacing.ExtraLarge, Separator = true, Height = AdaptiveHeight.Auto,
            },
            new AdaptiveRichTextBlock
            {
                HorizontalAlignment = AdaptiveHorizontalAlignment.Right,
                Inlines =
                {
                    new AdaptiveTextRun("plain "),
                    new AdaptiveTextRun("styled") { Italic = true, Strikethrough = true, Highlight = true, Size = AdaptiveTextSize.Small, Weight = AdaptiveTextWeight.Lighter, Color = AdaptiveTextColor.Good, IsSubtle = true, FontType = AdaptiveFontType.Default },
                },
            },
            new AdaptiveContainer
            {
                Style = AdaptiveContainerStyle.Emphasis, Bleed = true, VerticalContentAlignment = AdaptiveVerticalAlignment.Center,
                SelectAction = new AdaptiveOpenUrlAction(new Uri("https://businesscentral.dynamics.com/")) { Title = "Open" },
                Items = { new AdaptiveTextBlock("In a container") { Color = AdaptiveTextColor.Warning } },
            },
            new AdaptiveColumnSet
            {
                Style = AdaptiveContainerStyle.Good, HorizontalAlignment = AdaptiveHorizontalAlignment.Left,
                Columns =
                {
                    new AdaptiveColumn { Width = AdaptiveWidth.Auto, Items = { new AdaptiveTextBlock("auto") } },
                    new AdaptiveColumn { Width = AdaptiveWidth.Stretch, Separator = true, Spacing = AdaptiveSpacing.Small, Items = { new AdaptiveTextBlock("stretch") } },
                    new AdaptiveColumn { Width = AdaptiveWidth.Weight(2), Style = AdaptiveContainerStyle.Attention, VerticalContentAlignment = AdaptiveVerticalAlignment.Bottom, Items = { new AdaptiveTextBlock("2") } },
                    new AdaptiveColumn { Width = AdaptiveWidth.Pixels(50), Id = "px", IsVisible = false, Items = { new AdaptiveTextBlock("50px") } },
                },
            },
            new AdaptiveFactSet { Facts = { new AdaptiveFact("Customer", "Contoso Ltd."), new AdaptiveFact("Amount", "EUR 120.00") } },
            new AdaptiveImage(new Uri("https://adaptivecards.io/content/cats/1.png"))
            {
                AltText = "A cat", Size = AdaptiveImageSize.Small, Style = AdaptiveImageStyle.Person,
                HorizontalAlignment = AdaptiveHorizontalAlignment.Center,
            },
            new AdaptiveTable
            {
                FirstRowAsHeader = true, ShowGridLines = false, GridStyle = AdaptiveContainerStyle.Accent,
                HorizontalCellContentAlignment = AdaptiveHorizontalAlignment.Left, VerticalCellContentAlignment = AdaptiveVerticalAlignment.Top,
                Columns = { new AdaptiveTableColumn { Width = AdaptiveWidth.Weight(2) }, new AdaptiveTableColumn { Width = AdaptiveWidth.Pixels(80), HorizontalCellContentAlignment = AdaptiveHorizontalAlignment.Right } },
                Rows =
                {
                    new AdaptiveTableRow { Style = AdaptiveContainerStyle.Emphasis, Cells = { Cell("Customer"), Cell("Amount") } },
                    new AdaptiveTableRow { Cells = { Cell("Contoso"), Cell("120.00") } },
                },
            },
            new AdaptiveTextInput("note") { Label = "Note", Placeholder = "Optional", IsMultiline = true, MaxLength = 200, Style = AdaptiveTextInputStyle.Text },
            new AdaptiveNumberInput("hours") { Label = "Hours", Min = 0, Max = 24, Value = 1.5m, IsRequired = true, ErrorMessage = "Enter 0 to 24 hours." },
            new AdaptiveToggleInput("pick.appt-1", "Contoso, 2 Mar, EUR 120.00") { Value = "true", ValueOn = "true", ValueOff = "false" },
            new AdaptiveChoiceSetInput("customers")
            {
                Label = "Customers", IsMultiSelect = true, Style = AdaptiveChoiceInputStyle.Expanded, Value = "c1",
                Choices = { new AdaptiveChoice("Contoso", "c1"), new AdaptiveChoice("Fabrikam", "c2") },
            },
            new AdaptiveActionSet
            {
                Actions =
                {
                    new AdaptiveSubmitAction { Title = "Submit", Data = new JsonObject { ["verb"] = "help" }, AssociatedInputs = AdaptiveAssociatedInputs.None },
                    new AdaptiveOpenUrlAction(new Uri("https://example.com/")) { Title = "Link", Tooltip = "Opens a page", Mode = AdaptiveActionMode.Secondary },
                },
            },
        },
        Actions =
        {
            new InvoiceCreateActionData(["appt-1"], new Guid("5b1f2f7e-5d0e-4a53-9d6a-1f0c8d2f4e11")).ToExecuteAction("Create drafts"),
            new AdaptiveExecuteAction("sync.now") { Title = "Sync", Id = "sync", IsEnabled = false, AssociatedInputs = AdaptiveAssociatedInputs.Auto },
            new AdaptiveShowCardAction(new AdaptiveCard { Body = { new AdaptiveTextBlock("Shown on click") } }) { Title = "More" },
            new AdaptiveOpenUrlAction(new Uri("https://businesscentral.dynamics.com/")) { Title = "Open Business Central", IconUrl = new Uri("https://example.com/icon.png") },
        },
    };

    private static AdaptiveTableCell Cell(string text) => new() { Items = { new AdaptiveTextBlock(text) } };
}
