using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Cards.Invoicing;

/// <summary>
/// The drafts "Confirm" would create, what is left out and why, and what needs the user first (with a price input
/// right on the card). Big runs are summarised so the card stays under Teams' 28 KB.
/// </summary>
public static class InvoicePreviewCard
{
    // Most detailed first; the first level whose card fits is sent.
    private static readonly Detail[] Levels =
    [
        new(LinesPerDraft: 10, Drafts: 60, Listed: 30),
        new(LinesPerDraft: 5, Drafts: 60, Listed: 20),
        new(LinesPerDraft: 3, Drafts: 60, Listed: 15),
        new(LinesPerDraft: 1, Drafts: 60, Listed: 10),
        new(LinesPerDraft: 0, Drafts: 60, Listed: 10),
        new(LinesPerDraft: 0, Drafts: 30, Listed: 5),
        new(LinesPerDraft: 0, Drafts: 10, Listed: 3),
    ];

    public static AdaptiveCard Build(InvoicePreviewCardModel model) =>
        InvoiceCardText.FirstThatFits(Levels.Select(level => (Func<AdaptiveCard>)(() => Build(model, level))));

    private sealed record Detail(int LinesPerDraft, int Drafts, int Listed);

    private static AdaptiveCard Build(InvoicePreviewCardModel model, Detail detail)
    {
        InvoicePlan plan = model.Preview.Plan;
        int lineCount = plan.Drafts.Sum(d => d.Lines.Count);
        var card = new AdaptiveCard
        {
            FullWidth = true,
            FallbackText = plan.Drafts.Count == 0
                ? "Nothing can be invoiced yet: see the card for what is needed."
                : $"Ready to create {InvoiceCardText.Plural(plan.Drafts.Count, "draft invoice", "draft invoices")}.",
        };
        card.Body.Add(CardText.Heading(plan.Drafts.Count == 0
            ? "Nothing to invoice yet"
            : $"Create {InvoiceCardText.Plural(plan.Drafts.Count, "draft invoice", "draft invoices")}?"));
        card.Body.Add(InvoiceCardText.Runs(AdaptiveSpacing.Small,
            new AdaptiveTextRun(CardText.Quote(model.Preview.Business.DisplayName, InvoiceCardText.MaxNameLength)) { Weight = AdaptiveTextWeight.Bolder },
            new AdaptiveTextRun(" · " + CardFormat.TimesIn(model.Zone, FirstStart(plan))) { IsSubtle = true }));
        if (plan.Drafts.Count > 0)
        {
            card.Body.Add(new AdaptiveFactSet
            {
                Spacing = AdaptiveSpacing.Small,
                Facts =
                {
                    new AdaptiveFact("Total", InvoiceCardText.Totals(plan.Drafts.Select(d => d.Total))),
                    new AdaptiveFact("Lines", InvoiceCardText.Plural(lineCount, "line", "lines")),
                },
            });
            card.Body.Add(new AdaptiveTextBlock("Nothing is posted: the drafts wait in Business Central for your review.")
            {
                IsSubtle = true,
                Spacing = AdaptiveSpacing.Small,
            });
        }
        bool hasNoShowToggles = plan.Drafts.Count > 0 && AddDrafts(card.Body, model, detail);
        bool hasPriceInputs = AddProblems(card.Body, model, detail);
        AddSkipped(card.Body, plan.Skipped, model.Zone, detail);
        AddActions(card, model, hasPriceInputs || hasNoShowToggles);
        return card;
    }

    /// <returns>True when the card has no-show toggles, so "Update preview" is worth offering.</returns>
    private static bool AddDrafts(IList<AdaptiveElement> body, InvoicePreviewCardModel model, Detail detail)
    {
        IReadOnlyList<DraftInvoice> drafts = model.Preview.Plan.Drafts;
        HashSet<string> toggled = new(StringComparer.Ordinal);
        foreach (DraftInvoice draft in drafts.Take(detail.Drafts))
        {
            var container = new AdaptiveContainer { Spacing = AdaptiveSpacing.Medium };
            int shown = Math.Min(detail.LinesPerDraft, draft.Lines.Count);
            int hidden = draft.Lines.Count - shown;
            var heading = InvoiceCardText.Runs(null,
                new AdaptiveTextRun(InvoiceCardText.Customer(draft.Customer)) { Weight = AdaptiveTextWeight.Bolder },
                new AdaptiveTextRun("  " + InvoiceCardText.Money(draft.Total)));
            if (hidden > 0)
            {
                heading.Inlines.Add(new AdaptiveTextRun(shown == 0
                    ? " · " + InvoiceCardText.Plural(hidden, "line", "lines")
                    : $" · {InvoiceCardText.Plural(draft.Lines.Count, "line", "lines")}, +{hidden} more not shown") { IsSubtle = true });
            }
            container.Items.Add(heading);
            foreach (DraftInvoiceLine line in draft.Lines.Take(shown))
            {
                // The description is Bookings text (the service name): a TextRun keeps it literal.
                container.Items.Add(InvoiceCardText.Runs(AdaptiveSpacing.None, new AdaptiveTextRun(
                    $"• {CardText.Quote(line.Description, InvoiceCardText.MaxDescriptionLength)} · " +
                    $"{InvoiceCardText.Quantity(line.Quantity)} × {InvoiceCardText.UnitPrice(line.UnitPrice)} = {InvoiceCardText.Amount(line.Amount)}")));
                if (model.OffersNoShowFee && toggled.Add(line.AppointmentId))
                {
                    container.Items.Add(new AdaptiveToggleInput(CardInputIds.NoShowFee(line.AppointmentId), "No-show: bill the no-show fee instead")
                    {
                        Value = line.Kind == DraftLineKind.NoShowFee ? "true" : "false",
                        Spacing = AdaptiveSpacing.None,
                    });
                }
            }
            body.Add(container);
        }
        if (drafts.Count > detail.Drafts)
        {
            int more = drafts.Count - detail.Drafts;
            body.Add(InvoiceCardText.Note(
                $"+{InvoiceCardText.Plural(more, "more draft", "more drafts")} ({InvoiceCardText.Totals(drafts.Skip(detail.Drafts).Select(d => d.Total))}), included in the total."));
        }
        return toggled.Count > 0;
    }

    /// <returns>True when the card has price inputs, so "Update preview" is worth offering.</returns>
    private static bool AddProblems(IList<AdaptiveElement> body, InvoicePreviewCardModel model, Detail detail)
    {
        IReadOnlyList<PlanProblem> problems = model.Preview.Plan.Problems;
        if (problems.Count == 0)
        {
            return false;
        }
        body.Add(new AdaptiveTextBlock($"Needs your attention ({problems.Count})")
        {
            Weight = AdaptiveTextWeight.Bolder,
            Color = AdaptiveTextColor.Warning,
            Spacing = AdaptiveSpacing.Large,
            Separator = true,
        });
        body.Add(InvoiceCardText.Note(WhatCanBeDone(model.Preview.Plan.Drafts.Count > 0, problems.Take(detail.Listed).Any(NeedsPrice))));
        HashSet<string> priced = new(StringComparer.Ordinal);
        foreach (PlanProblem problem in problems.Take(detail.Listed))
        {
            var container = new AdaptiveContainer { Spacing = AdaptiveSpacing.Medium };
            container.Items.Add(InvoiceCardText.Runs(null, new AdaptiveTextRun(
                InvoiceCardText.Booking(problem.Booking, problem.Customer, model.Zone)) { Weight = AdaptiveTextWeight.Bolder }));
            container.Items.Add(InvoiceCardText.Runs(AdaptiveSpacing.None, new AdaptiveTextRun(problem.Message)));
            container.Items.Add(InvoiceCardText.Runs(AdaptiveSpacing.None, new AdaptiveTextRun(problem.WhatToDo) { IsSubtle = true }));
            if (NeedsPrice(problem) && priced.Add(problem.Booking.AppointmentId))
            {
                container.Items.Add(PriceInput(problem, model));
            }
            else if (problem is { Kind: PlanProblemKind.UnusualAmount, UnusualAmount: { } unusual } && priced.Add(problem.Booking.AppointmentId))
            {
                container.Items.Add(ConfirmAmountToggle(problem.Booking.AppointmentId, unusual, model));
            }
            body.Add(container);
        }
        if (problems.Count > detail.Listed)
        {
            body.Add(InvoiceCardText.Note($"+{InvoiceCardText.Plural(problems.Count - detail.Listed, "more booking needs", "more bookings need")} attention; fix these first."));
        }
        return priced.Count > 0;
    }

    private static string WhatCanBeDone(bool hasDrafts, bool hasPriceInputs) => (hasDrafts, hasPriceInputs) switch
    {
        (true, _) => "These bookings stay on the list until they are fixed; the drafts above can be created now.",
        (false, true) => "No draft can be created yet. Where a price is missing, type the amount below and press Update preview; fix the others as described, then preview again.",
        (false, false) => "No draft can be created yet. Fix these as described, then preview again.",
    };

    private static bool NeedsPrice(PlanProblem problem) =>
        problem.Kind is PlanProblemKind.PriceNeeded or PlanProblemKind.InvalidPriceOverride or PlanProblemKind.InvalidDuration
            or PlanProblemKind.NegativePrice;

    // The user ticks the very amount: if Bookings' price changes before Confirm, the new amount asks again.
    private static AdaptiveToggleInput ConfirmAmountToggle(string appointmentId, decimal amount, InvoicePreviewCardModel model) =>
        new(CardInputIds.ConfirmAmount(appointmentId),
            $"Yes, bill {InvoiceCardText.Money(amount, model.Preview.Business.CurrencyCode)} per attendee")
        {
            Value = "false",
            ValueOn = CardInputIds.ConfirmedValue(amount),
            ValueOff = "false",
            Spacing = AdaptiveSpacing.Small,
        };

    private static AdaptiveNumberInput PriceInput(PlanProblem problem, InvoicePreviewCardModel model)
    {
        string id = problem.Booking.AppointmentId;
        return new AdaptiveNumberInput(CardInputIds.PriceOverride(id))
        {
            Label = $"Amount per attendee ({model.Preview.Business.CurrencyCode})",
            Placeholder = "e.g. 45.00",
            Min = 0,
            Value = model.Adjustments.PriceOverrides.TryGetValue(id, out decimal typed) ? typed : null,
            ErrorMessage = "Enter an amount of zero or more.",
            Spacing = AdaptiveSpacing.Small,
        };
    }

    private static void AddSkipped(IList<AdaptiveElement> body, IReadOnlyList<SkippedBooking> skipped, TimeZoneInfo zone, Detail detail)
    {
        if (skipped.Count == 0)
        {
            return;
        }
        body.Add(new AdaptiveTextBlock($"Left out ({skipped.Count})")
        {
            Weight = AdaptiveTextWeight.Bolder,
            Spacing = AdaptiveSpacing.Large,
            Separator = true,
        });
        foreach (SkippedBooking skip in skipped.Take(detail.Listed))
        {
            body.Add(InvoiceCardText.Runs(AdaptiveSpacing.Small,
                new AdaptiveTextRun(InvoiceCardText.Booking(skip.Booking, skip.Customer, zone)),
                new AdaptiveTextRun(" — " + skip.Message) { IsSubtle = true }));
        }
        if (skipped.Count > detail.Listed)
        {
            body.Add(InvoiceCardText.Note($"+{InvoiceCardText.Plural(skipped.Count - detail.Listed, "more booking", "more bookings")} left out."));
        }
    }

    private static void AddActions(AdaptiveCard card, InvoicePreviewCardModel model, bool hasInputs)
    {
        InvoicePlan plan = model.Preview.Plan;
        if (plan.Drafts.Count > 0)
        {
            // Confirm creates the run as previewed; the ids only say what the card showed, and a card holds at most 200.
            string[] billed = [.. plan.Drafts.SelectMany(d => d.Lines).Select(l => l.AppointmentId).Distinct(StringComparer.Ordinal).Take(AppointmentIdList.MaxCount)];
            card.Actions.Add(new InvoiceCreateActionData(billed, model.Preview.RunId)
            {
                DraftCount = plan.Drafts.Count,
                Query = model.Back,
            }.ToExecuteAction($"Confirm — create {InvoiceCardText.Plural(plan.Drafts.Count, "draft", "drafts")}"));
        }
        if (hasInputs && model.AppointmentIds.Count is > 0 and <= AppointmentIdList.MaxCount)
        {
            card.Body.Add(InvoiceCardText.Note(plan.Drafts.Count > 0
                ? "Typed a price, confirmed an amount or marked a no-show? Press Update preview: Confirm creates the drafts exactly as shown."
                : "Typed a price or confirmed an amount? Press Update preview to see the draft it makes."));
            card.Actions.Add(new InvoicePreviewActionData(model.AppointmentIds, model.Preview.RunId) { Query = model.Back }
                .ToExecuteAction("Update preview"));
        }
        if (model.Back is not null)
        {
            card.Actions.Add(new ShowPageActionData(model.Back).ToExecuteAction("Back"));
        }
    }

    private static DateTimeOffset FirstStart(InvoicePlan plan) =>
        plan.Drafts.SelectMany(d => d.Lines).Select(l => l.StartUtc)
            .Concat(plan.Problems.Select(p => p.Booking.StartUtc))
            .Concat(plan.Skipped.Select(s => s.Booking.StartUtc))
            .DefaultIfEmpty(DateTimeOffset.UnixEpoch)
            .Min();
}
