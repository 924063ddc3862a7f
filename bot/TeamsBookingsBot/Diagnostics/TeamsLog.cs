namespace TeamsBookingsBot.Teams;

internal static partial class TeamsLog
{
    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Rejected a malformed activity: {Reason}")]
    public static partial void MalformedActivity(ILogger logger, string reason);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information, Message = "Activity {ActivityId} was redelivered; replayed the first answer")]
    public static partial void DuplicateReplayed(ILogger logger, string activityId);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "Activity {ActivityId} was redelivered while the first delivery is still running")]
    public static partial void DuplicateWhileInProgress(ILogger logger, string activityId);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Error, Message = "A {ActivityType} turn failed")]
    public static partial void TurnFailed(ILogger logger, Exception exception, string activityType);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Warning, Message = "Could not send the error card")]
    public static partial void ErrorCardNotSent(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1306, Level = LogLevel.Information, Message = "Sent activity {SentActivityId} in reply to {ReplyToId}")]
    public static partial void ActivitySent(ILogger logger, string sentActivityId, string replyToId);

    [LoggerMessage(EventId = 1307, Level = LogLevel.Information, Message = "Updated activity {ActivityId}")]
    public static partial void ActivityUpdated(ILogger logger, string activityId);

    [LoggerMessage(EventId = 1308, Level = LogLevel.Information,
        Message = "Captured conversation {ConversationId} ({ConversationType}); new: {IsNew}")]
    public static partial void ConversationCaptured(ILogger logger, string conversationId, string conversationType, bool isNew);

    [LoggerMessage(EventId = 1309, Level = LogLevel.Information, Message = "Revoked conversation {ConversationId}: {Found}")]
    public static partial void ConversationRevoked(ILogger logger, string conversationId, bool found);

    [LoggerMessage(EventId = 1311, Level = LogLevel.Warning, Message = "Refused the card action {Verb} ({Check}): {Reason}")]
    public static partial void CardActionRefused(ILogger logger, string verb, string check, string reason);

    [LoggerMessage(EventId = 1312, Level = LogLevel.Information, Message = "Refused {Action} to a {Role}: it needs {Required}")]
    public static partial void RoleRefused(ILogger logger, Application.Roles.RoleAction action, Application.Roles.TenantRole role, Application.Roles.TenantRole required);

    [LoggerMessage(EventId = 1314, Level = LogLevel.Warning, Message = "The people card shows stored roles only: the Connector's members call failed ({ExceptionType})")]
    public static partial void MembersUnavailable(ILogger logger, string exceptionType);

    [LoggerMessage(EventId = 1313, Level = LogLevel.Information, Message = "Changed a role in the people card: {Outcome}")]
    public static partial void RoleChanged(ILogger logger, Application.Roles.TenantRoleChangeOutcome outcome);

    [LoggerMessage(EventId = 1310, Level = LogLevel.Warning, Message = "A {ActivityType} turn failed on a remote service ({ExceptionType}); the user got an error card")]
    public static partial void TurnFailedRemotely(ILogger logger, string exceptionType, string activityType);
}
