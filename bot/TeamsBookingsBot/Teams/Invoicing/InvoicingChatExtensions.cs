using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TeamsBookingsBot.Domain;
using TeamsBookingsBot.Teams.Handlers;

namespace TeamsBookingsBot.Teams.Invoicing;

public static class InvoicingChatExtensions
{
    /// <summary>
    /// The invoicing buttons (preview, Invoice all, Confirm, Undo, Mark as invoiced, Exclude) and "export audit log".
    /// Needs <c>IDraftInvoicing</c>, <c>IAuditLog</c>, <c>IBookingStore</c>, <c>IInvoicedBookingsLookup</c> and
    /// <c>IBookingsBusinessCatalog</c> from their own areas, and <see cref="TeamsBotExtensions.AddTeamsBot"/>.
    /// </summary>
    public static IHostApplicationBuilder AddInvoicingChat(this IHostApplicationBuilder builder)
    {
        IServiceCollection services = builder.Services;
        services.AddOptions<InvoicingChatOptions>().BindConfiguration(InvoicingChatOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InvoicingChatOptions>, InvoicingChatOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        // "Invoice all" must list what the list card listed: the same completion rule, from the same section.
        services.TryAddSingleton(sp => sp.GetRequiredService<IConfiguration>().GetSection(CompletionOptions.Section)
            .Get<CompletionOptions>()?.ToPolicy() ?? CompletionPolicy.Default);

        services.AddSingleton<InvoicingCardFactory>();
        services.AddSingleton<InvoiceRunCoordinator>();
        services.AddSingleton<InvoiceAllSelection>();
        services.AddSingleton<ICardActionHandler, InvoicePreviewHandler>();
        services.AddSingleton<ICardActionHandler, InvoiceAllHandler>();
        services.AddSingleton<ICardActionHandler, InvoiceCreateHandler>();
        services.AddSingleton<ICardActionHandler, InvoiceUndoHandler>();
        services.AddSingleton<ICardActionHandler, MarkInvoicedHandler>();
        services.AddSingleton<ICardActionHandler, ExcludeBookingsHandler>();
        services.AddSingleton<IChatCommandHandler, ExportAuditCommandHandler>();
        return builder;
    }
}
