
using System.Text.Json;
using TeamsBookingsBot.Application.Ports;
using TeamsBookingsBot.Cards;
using TeamsBookingsBot.Teams.Authentication;
using TeamsBookingsBot.Teams.Connector;
using TeamsBookingsBot.Teams.Protocol;
using TeamsBookingsBot.Teams.Turns;

namespace TeamsBookingsBot.Teams;

/// <summary>
/// <c>POST /api/messages</c> (protocol spec §1.1, §3.2, §4): parse, authenticate, de-duplicate, route, answer.
/// A malformed body is a 400 with a reason; a failed authentication a 401 with an empty body; a retried
/// activity is never processed twice, and a retried invoke gets the first answer again.
/// </summary>
internal sealed class BotMessageEndpoint(
    IBotAuthenticator authenticator,
    BotAuthenticationMode authenticationMode,
    IActivityReceiptStore receipts,
    IConversationReferenceStore references,
    ActivityRouter router,
    IConnectorClient connector,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<BotMessageEndpoint> logger)
{
    // Teams activities are a few KB; a card-heavy invoke stays far below this.
    private const int MaxBodyBytes = 1024 * 1024;

    public async Task<IResult> HandleAsync(HttpContext http)
    {
        byte[]? body = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null)
        {
            return Results.Text("The request body is larger than 1 MB.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        if (!ActivityJson.TryParse(body, out Activity? activity, out string error))
        {
            TeamsLog.MalformedActivity(logger, error);
            return Results.Text(error, statusCode: StatusCodes.Status400BadRequest);
        }
        if (ActivityDefects.Find(activity) is { } defect)
        {
            TeamsLog.MalformedActivity(logger, defect);
            return Results.Text(defect, statusCode: StatusCodes.Status400BadRequest);
        }
        if (!authenticationMode.AllowsUnauthenticated)
        {
            BotAuthenticationResult auth = await authenticator.AuthenticateAsync(
                http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity, http.RequestAborted);
            if (!auth.IsAuthenticated)
            {
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            }
        }

        string conversationId = activity.Conversation!.Id!; // ActivityDefects refused an activity without one
        string referenceId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        using IDisposable? scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["ActivityId"] = activity.Id,
            ["ActivityType"] = activity.Type,
            ["ConversationId"] = conversationId,
            ["ReferenceId"] = referenceId,
        });
        bool isInvoke = activity.IsType(ActivityTypes.Invoke);
        string tenantId = activity.GetTenantId() ?? ""; // ActivityDefects refused one whose two tenant fields disagree
        ActivityReceiptKey key = string.IsNullOrEmpty(activity.Id)
            ? ActivityReceiptKey.ForBody(tenantId, activity.ChannelId ?? "", conversationId, body)
            : new ActivityReceiptKey(tenantId, activity.ChannelId ?? "", conversationId, activity.Id);

        // Work that started is finished even if Teams stops waiting: cutting an invoice run off half-way helps nobody.
        CancellationToken ct = lifetime.ApplicationStopping;
        // Only an invoke's answer depends on the turn; any other activity is answered 200, so its receipt is stored with
        // that answer and the turn costs the receipt one write instead of two.
        ReceiptBeginResult begin = isInvoke
            ? await receipts.TryBeginAsync(key, time.GetUtcNow(), ct)
            : await receipts.TryBeginAnsweredAsync(key, StatusCodes.Status200OK, time.GetUtcNow(), ct);
        switch (begin)
        {
            case ReceiptBeginResult.Completed completed:
                TeamsLog.DuplicateReplayed(logger, activity.Id ?? key.ActivityId);
                return isInvoke && completed.ResponseBody is not null
                    ? Results.Text(completed.ResponseBody, "application/json", statusCode: completed.Status)
                    : Results.StatusCode(completed.Status);
            case ReceiptBeginResult.InProgress:
                TeamsLog.DuplicateWhileInProgress(logger, activity.Id ?? key.ActivityId);
                return isInvoke ? ToResult(StillWorking(activity)) : Results.Ok();
        }

        await references.TouchServiceUrlAsync(tenantId, conversationId, activity.ServiceUrl!, activity.Id, time.GetUtcNow(), ct);
        var turn = new TurnContext(activity, connector, referenceId, logger);
        InvokeResponse? response;
        try
        {
            response = await router.RouteAsync(turn, ct);
        }
        catch (ConnectorTokenUnavailableException)
        {
            // Nothing reached Teams, and no error card can be sent without a token (the provider logged what to fix):
            // answer at once and release the receipt, so that Teams' redelivery is handled instead of dropped.
            await receipts.AbandonAsync(key, CancellationToken.None);
            return isInvoke ? ToResult(NotSignedIn(activity)) : Results.Ok();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            ErrorCardModel? known = RemoteFailureCard.Describe(ex, referenceId);
            if (known is null)
            {
                TeamsLog.TurnFailed(logger, ex, activity.Type ?? "");
            }
            else
            {
                TeamsLog.TurnFailedRemotely(logger, ex.GetType().Name, activity.Type ?? "");
            }
            response = await AnswerFailureAsync(turn, isInvoke, known ?? ErrorCardModel.Unexpected(referenceId));
        }

        if (!isInvoke)
        {
            return Results.Ok();
        }
        string? responseBody = response?.Body is { } b ? JsonSerializer.Serialize(b, b.GetType(), ActivityJson.Options) : null;
        int status = response?.Status ?? StatusCodes.Status200OK;
        await receipts.CompleteAsync(key, status, responseBody, CancellationToken.None);
        return responseBody is null ? Results.StatusCode(status) : Results.Text(responseBody, "application/json", statusCode: status);
    }

    private async Task<InvokeResponse?> AnswerFailureAsync(TurnContext turn, bool isInvoke, ErrorCardModel error)
    {
        bool isCardAction = string.Equals(turn.Activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.OrdinalIgnoreCase);
        if (isInvoke && !isCardAction)
        {
            return new InvokeResponse(StatusCodes.Status500InternalServerError);
        }
        // The card goes into the chat (the pressed card stays as it was); a button press also gets a short answer.
        try
        {
            await turn.SendCardAsync(ErrorCard.Build(error), CancellationToken.None);
        }
        catch (Exception sendFailure) when (sendFailure is ConnectorException or ConnectorHostNotAllowedException
            or ConnectorOutcomeUnknownException or ConnectorTokenUnavailableException or HttpRequestException)
        {
            TeamsLog.ErrorCardNotSent(logger, sendFailure);
        }
        return isInvoke
            ? AdaptiveCardInvokeResponse.CreateErrorResponse(500, "InternalError", error.Problem + " " + error.NextStep)
            : null;
    }

    private static InvokeResponse StillWorking(Activity activity) =>
        string.Equals(activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.OrdinalIgnoreCase)
            ? AdaptiveCardInvokeResponse.CreateMessageResponse("Still working on your last request. The card updates when it is done.")
            : InvokeResponse.Ok();

    private static InvokeResponse NotSignedIn(Activity activity) =>
        string.Equals(activity.Name, InvokeNames.AdaptiveCardAction, StringComparison.OrdinalIgnoreCase)
            ? AdaptiveCardInvokeResponse.CreateErrorResponse(500, "BotNotSignedIn",
                "I couldn't sign in to Teams to answer. Ask your admin to check the bot's app id, secret and tenant settings.")
            : new InvokeResponse(StatusCodes.Status503ServiceUnavailable);

    private static IResult ToResult(InvokeResponse response) =>
        response.Body is { } body
            ? Results.Text(JsonSerializer.Serialize(body, body.GetType(), ActivityJson.Options), "application/json", statusCode: response.Status)
            : Results.StatusCode(response.Status);

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
