using TeamsBookingsBot.Application.Invoicing;
using TeamsBookingsBot.Cards.Actions;
using TeamsBookingsBot.Cards.AdaptiveCards;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Domain.Invoicing;

namespace TeamsBookingsBot.Cards.Invoicing;

/// <summary>
/// The drafts a run created (number, customer, amount, "Open in Business Central", "Undo"), the drafts Business
/// Central refused and what to do, and the bookings left out or held back. Big runs are trimmed to fit 28 KB.
/// </summary>
public static class InvoiceResultCard
{
    public const string AlreadyCompletedNote = "These drafts were created earlier; nothing new was created.";

    public const string UndoneNote = "Undone — its bookings are back on the list.";

    // Most detailed first. Buttons cost ~600 bytes a draft (Undo's data travels twice, with its Submit fallback).
    private static readonly Detail[] Levels =
    [
        new(ButtonDrafts: 60, UndoCarriesQuery: true, Drafts: 60, Listed: 20),
        new(ButtonDrafts: 60, UndoCarriesQuery: false, Drafts: 60, Listed: 10),
        new(ButtonDrafts: 25, UndoCarriesQuery: false, Drafts: 60, Listed: 10),
        new(ButtonDrafts: 10, UndoCarriesQuery: false, Drafts: 60, Listed: 5),
        new(ButtonDrafts: 10, UndoCarriesQuery: false, Drafts: 30, Listed: 3),
    ];

    public static AdaptiveCard Build(InvoiceResultCardModel model) =>
        InvoiceCardText.FirstThatFits(Levels.Select(level => (Func<AdaptiveCard>)(() => Build(model, level))));

    private sealed record Detail(int ButtonDrafts, bool UndoCarriesQuery, int Drafts, int Listed);

    private static AdaptiveCard Build(InvoiceResultCardModel model, Detail detail)
    {
        InvoiceRunResult result = model.Result;
        CreatedInvoice[] live = [.. result.Created.Where(c => !model.Undone.Contains(c.InvoiceId))];
        string title = Title(result.Created.Count, result.Created.Count - live.Length);
        var card = new AdaptiveCard { FullWidth = true, FallbackText = title + (result.Created.Count > live.Length ? "." : " in Business Central.") };
        card.Body.Add(CardText.Heading(title));
        if (result.Problems.Count > 0 || result.Skipped.Count > 0)
        {
            // Only the bookings held back show times: the zone is named once, at the top.
            DateTimeOffset first = result.Problems.Select(p => p.Booking.StartUtc).Concat(result.Skipped.Select(s => s.Booking.StartUtc)).Min();
            card.Body.Add(InvoiceCardText.Note(CardFormat.TimesIn(model.Zone, first)));
        }
        if (result.AlreadyCompleted)
        {
            card.Body.Add(new AdaptiveContainer
            {
                Style = AdaptiveContainerStyle.Emphasis,
                Spacing = AdaptiveSpacing.Small,
                Items = { new AdaptiveTextBlock(AlreadyCompletedNote) },
            });
        }
        if (live.Length > 0)
        {
            card.Body.Add(new AdaptiveFactSet
            {
                Spacing = AdaptiveSpacing.Small,
                Facts = { new AdaptiveFact("Total", InvoiceCardText.Totals(live.Select(c => c.Total))) },
            });
            card.Body.Add(InvoiceCardText.Note("Drafts only: review and post them in Business Central."));
        }
        AddCreated(card.Body, model, detail);
        AddFailed(card.Body, result.Failed, detail);
        AddHeldBack(card.Body, result, model.Zone, detail);
        if (model.Back is not null)
        {
            card.Actions.Add(new ShowPageActionData(model.Back).ToExecuteAction("Back to the list"));
        }
        return card;
    }

    private static void AddCreated(IList<AdaptiveElement> body, InvoiceResultCardModel model, Detail detail)
    {
        IReadOnlyList<CreatedInvoice> created = model.Result.Created;
        Guid[] undone = [.. created.Select(c => c.InvoiceId).Where(model.Undone.Contains)];
        int index = 0;
        foreach (CreatedInvoice invoice in created.Take(detail.Drafts))
        {
            bool isUndone = model.Undone.Contains(invoice.InvoiceId);
            var container = new AdaptiveContainer { Separator = true, Spacing = AdaptiveSpacing.Medium };
            container.Items.Add(InvoiceCardText.Runs(null,
                new AdaptiveTextRun(CardText.Quote(invoice.InvoiceNumber, 40)) { Weight = AdaptiveTextWeight.Bolder, Strikethrough = isUndone },
                new AdaptiveTextRun(" · " + InvoiceCardText.Customer(invoice.Draft.Customer)) { Strikethrough = isUndone },
                new AdaptiveTextRun(" · " + InvoiceCardText.Money(invoice.Total)) { Strikethrough = isUndone }));
            if (isUndone)
            {
                container.Items.Add(new AdaptiveTextBlock(UndoneNote) { Color = AdaptiveTextColor.Warning, Spacing = AdaptiveSpacing.None });
            }
            else if (index < detail.ButtonDrafts)
            {
                container.Items.Add(new AdaptiveActionSet
                {
                    Spacing = AdaptiveSpacing.Small,
                    Actions =
                    {
                        new AdaptiveOpenUrlAction(invoice.WebLink) { Title = "Open in Business Central" },
                        new UndoInvoiceActionData(invoice.InvoiceId, model.Result.RunId)
                        {
                            Undone = undone,
                            Query = detail.UndoCarriesQuery ? model.Back : null,
                        }.ToExecuteAction("Undo"),
                    },
                });
            }
            else
            {
                container.Items.Add(new AdaptiveActionSet
                {
                    Spacing = AdaptiveSpacing.Small,
                    Actions = { new AdaptiveOpenUrlAction(invoice.WebLink) { Title = "Open in Business Central" } },
                });
            }
            if (!isUndone)
            {
                index++;
            }
            body.Add(container);
        }
        if (created.Count > detail.Drafts)
        {
            body.Add(InvoiceCardText.Note(
                $"+{InvoiceCardText.Plural(created.Count - detail.Drafts, "more draft", "more drafts")} ({InvoiceCardText.Totals(created.Skip(detail.Drafts).Select(c => c.Total))}): find them in Business Central's sales invoices."));
        }
        if (created.Count > 0 && created.Take(detail.Drafts).Count(c => !model.Undone.Contains(c.InvoiceId)) > detail.ButtonDrafts)
        {
            body.Add(InvoiceCardText.Note("This run is too big to offer Undo on every draft here; delete a draft in Business Central to drop it."));
        }
    }

    private static void AddFailed(IList<AdaptiveElement> body, IReadOnlyList<FailedInvoice> failed, Detail detail)
    {
        if (failed.Count == 0)
        {
            return;
        }
        body.Add(new AdaptiveTextBlock($"Not created ({failed.Count})")
        {
            Weight = AdaptiveTextWeight.Bolder,
            Color = AdaptiveTextColor.Attention,
            Spacing = AdaptiveSpacing.Large,
            Separator = true,
        });
        body.Add(InvoiceCardText.Note("Their bookings stay on the list, so you can try again."));
        foreach (FailedInvoice failure in failed.Take(detail.Listed))
        {
            var container = new AdaptiveContainer { Spacing = AdaptiveSpacing.Medium };
            container.Items.Add(InvoiceCardText.Runs(null,
                new AdaptiveTextRun(InvoiceCardText.Customer(failure.Draft.Customer)) { Weight = AdaptiveTextWeight.Bolder },
                new AdaptiveTextRun(" · " + InvoiceCardText.Money(failure.Draft.Total))));
            container.Items.Add(InvoiceCardText.Runs(AdaptiveSpacing.None, new AdaptiveTextRun(failure.Reason)));
            container.Items.Add(InvoiceCardText.Runs(AdaptiveSpacing.None, new AdaptiveTextRun(failure.WhatToDo) { IsSubtle = true }));
            body.Add(container);
        }
        if (failed.Count > detail.Listed)
        {
            body.Add(InvoiceCardText.Note($"+{InvoiceCardText.Plural(failed.Count - detail.Listed, "more draft", "more drafts")} not created."));
        }
    }

    private static void AddHeldBack(IList<AdaptiveElement> body, InvoiceRunResult result, TimeZoneInfo zone, Detail detail)
    {
        if (result.Problems.Count == 0 && result.Skipped.Count == 0)
        {
            return;
        }
        body.Add(new AdaptiveTextBlock("Not on these drafts")
        {
            Weight = AdaptiveTextWeight.Bolder,
            Spacing = AdaptiveSpacing.Large,
            Separator = true,
        });
        foreach (PlanProblem problem in result.Problems.Take(detail.Listed))
        {
            body.Add(InvoiceCardText.Runs(AdaptiveSpacing.Small,
                new AdaptiveTextRun(InvoiceCardText.Booking(problem.Booking, problem.Customer, zone)) { Weight = AdaptiveTextWeight.Bolder },
                new AdaptiveTextRun(" — " + problem.Message + " " + problem.WhatToDo)));
        }
        foreach (SkippedBooking skip in result.Skipped.Take(detail.Listed))
        {
            body.Add(InvoiceCardText.Runs(AdaptiveSpacing.Small,
                new AdaptiveTextRun(InvoiceCardText.Booking(skip.Booking, skip.Customer, zone)),
                new AdaptiveTextRun(" — " + skip.Message) { IsSubtle = true }));
        }
        int hidden = Math.Max(0, result.Problems.Count - detail.Listed) + Math.Max(0, result.Skipped.Count - detail.Listed);
        if (hidden > 0)
        {
            body.Add(InvoiceCardText.Note($"+{InvoiceCardText.Plural(hidden, "more booking", "more bookings")} not on these drafts."));
        }
    }

    /// <summary>"Created 7 draft invoices, 1 undone": the title follows Undo, so it never counts drafts that are gone.</summary>
    private static string Title(int created, int undone)
    {
        if (created == 0)
        {
            return "No draft invoices were created";
        }
        string title = "Created " + InvoiceCardText.Plural(created, "draft invoice", "draft invoices");
        return undone switch
        {
            0 => title,
            _ when undone < created => $"{title}, {undone} undone",
            _ => title + (created == 1 ? ", undone" : ", all undone"),
        };
    }
}
