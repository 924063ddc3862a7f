using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace TeamsBookingsBot.Testing.Playground;

/// <summary>
/// A scripted person in the playground's chat: a long-running node process (driver.mjs, using the tool's
/// client.mjs) that takes one JSON request per stdin line and streams replies and bot messages on stdout.
/// </summary>
public sealed class PlaygroundSession : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly Process _driver;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly List<PlaygroundMessage> _messages = [];
    private readonly TaskCompletionSource<JsonObject> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly Task _reader;
    private TaskCompletionSource _messageArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private string _stderr = "";
    private int _nextId;

    private PlaygroundSession(Process driver)
    {
        _driver = driver;
        _reader = Task.Run(ReadLoopAsync);
        _ = Task.Run(async () => _stderr = await driver.StandardError.ReadToEndAsync());
    }

    /// <summary>The playground's configuration: tenant, bot, currentUser, users, personalChat, groupChat, team.</summary>
    public JsonObject Config { get; private set; } = [];

    public IReadOnlyList<PlaygroundMessage> Messages
    {
        get
        {
            lock (_gate)
            {
                return [.. _messages];
            }
        }
    }

    internal static async Task<PlaygroundSession> StartAsync(string toolDirectory, Uri playground, CancellationToken ct)
    {
        ProcessStartInfo info = NodeProcess.StartInfo("node", toolDirectory, "driver.mjs", playground.ToString().TrimEnd('/'));
        info.RedirectStandardInput = true;
        var session = new PlaygroundSession(NodeProcess.Start(info));
        try
        {
            session.Config = await session._ready.Task.WaitAsync(DefaultTimeout, ct);
            return session;
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }

    /// <summary>Installs the app in the current conversation: the bot gets installationUpdate and conversationUpdate.</summary>
    public Task InstallAsync(CancellationToken ct = default) => SendAsync(new JsonObject { ["op"] = "install" }, ct);

    /// <summary>Types a message; returns the playground's reply ({messageId, timestamp}).</summary>
    public Task<JsonNode?> SayAsync(string text, CancellationToken ct = default) =>
        SendAsync(new JsonObject { ["op"] = "say", ["text"] = text }, ct);

    /// <summary>Clicks an Action.Execute button; returns the bot's invoke response body.</summary>
    public Task<JsonNode?> ExecuteAsync(string replyToId, string verb, JsonObject data, string? title = null, CancellationToken ct = default) =>
        SendAsync(new JsonObject
        {
            ["op"] = "execute", ["replyToId"] = replyToId, ["verb"] = verb, ["data"] = data.DeepClone(), ["title"] = title ?? verb,
        }, ct);

    /// <summary>Clicks an Action.Submit button: the bot gets a message whose value is <paramref name="value"/>.</summary>
    public Task<JsonNode?> SubmitAsync(string replyToId, JsonObject value, CancellationToken ct = default) =>
        SendAsync(new JsonObject { ["op"] = "submit", ["replyToId"] = replyToId, ["value"] = value.DeepClone() }, ct);

    /// <summary>Sends an invoke (e.g. composeExtension/query); returns the bot's response body.</summary>
    public Task<JsonNode?> InvokeAsync(string name, JsonNode value, string? replyToId = null, CancellationToken ct = default) =>
        SendAsync(new JsonObject { ["op"] = "invoke", ["name"] = name, ["value"] = value.DeepClone(), ["replyToId"] = replyToId }, ct);

    /// <summary>Forwards any activity as-is (e.g. task/fetch); the bot's reply is dropped by the playground.</summary>
    public Task<JsonNode?> CustomAsync(JsonObject activity, CancellationToken ct = default) =>
        SendAsync(new JsonObject { ["op"] = "custom", ["activity"] = activity.DeepClone() }, ct);

    /// <summary>Switches to another conversation from <see cref="Config"/> (group chat, team channel).</summary>
    public Task UseConversationAsync(string conversationId, CancellationToken ct = default) =>
        SendAsync(new JsonObject { ["op"] = "use", ["conversationId"] = conversationId }, ct);

    /// <summary>Acts as another user from <see cref="Config"/>'s users.</summary>
    public Task ActAsAsync(string userId, CancellationToken ct = default) =>
        SendAsync(new JsonObject { ["op"] = "as", ["userId"] = userId }, ct);

    /// <summary>The first bot message (already received or future, from <paramref name="fromIndex"/> on) that matches.</summary>
    public async Task<PlaygroundMessage> WaitForMessageAsync(
        Func<PlaygroundMessage, bool> match, int fromIndex = 0, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout ?? DefaultTimeout);
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                PlaygroundMessage? found = _messages.Skip(fromIndex).FirstOrDefault(match);
                if (found is not null)
                {
                    return found;
                }
                arrived = _messageArrived.Task;
            }
            try
            {
                await arrived.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"No matching bot message within {timeout ?? DefaultTimeout}. Received:\n" +
                    string.Join('\n', Messages.Select(m => m.Frame.ToJsonString())) + $"\n{_stderr}");
            }
        }
    }

    /// <summary>The first bot message from <paramref name="fromIndex"/> on with a card whose JSON contains the text.</summary>
    public Task<PlaygroundMessage> WaitForCardAsync(string containsText, int fromIndex = 0, TimeSpan? timeout = null, CancellationToken ct = default) =>
        WaitForMessageAsync(m => m.CardContains(containsText), fromIndex, timeout, ct);

    /// <summary>Waits until at least <paramref name="count"/> bot messages have arrived in total.</summary>
    public async Task<IReadOnlyList<PlaygroundMessage>> WaitForMessagesAsync(int count, TimeSpan? timeout = null, CancellationToken ct = default)
    {
        await WaitForMessageAsync(m => m.Index == count - 1, 0, timeout, ct);
        return Messages;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_driver.HasExited)
        {
            _driver.StandardInput.Close(); // the driver exits when its stdin closes
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(3));
            try
            {
                await _driver.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _driver.Kill(entireProcessTree: true);
            }
        }
        await _reader;
        _driver.Dispose();
    }

    private async Task<JsonNode?> SendAsync(JsonObject request, CancellationToken ct)
    {
        int id = Interlocked.Increment(ref _nextId);
        request["id"] = id;
        var reply = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        await _driver.StandardInput.WriteLineAsync(request.ToJsonString().AsMemory(), ct);
        await _driver.StandardInput.FlushAsync(ct);
        try
        {
            return await reply.Task.WaitAsync(DefaultTimeout, ct);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    private async Task ReadLoopAsync()
    {
        while (await _driver.StandardOutput.ReadLineAsync() is { } line)
        {
            if (JsonNode.Parse(line) is not JsonObject reply)
            {
                continue;
            }
            switch ((string?)reply["event"])
            {
                case "ready":
                    _ready.TrySetResult(reply["config"]?.AsObject() ?? []);
                    break;
                case "frame":
                    AddMessage(reply["frame"]!.AsObject());
                    break;
                default:
                    Complete(reply);
                    break;
            }
        }
        var exited = new InvalidOperationException($"The playground driver exited: {_stderr}");
        _ready.TrySetException(exited);
        foreach (TaskCompletionSource<JsonNode?> pending in _pending.Values)
        {
            pending.TrySetException(exited);
        }
    }

    private void AddMessage(JsonObject frame)
    {
        lock (_gate)
        {
            _messages.Add(PlaygroundMessage.FromFrame(_messages.Count, frame));
            _messageArrived.TrySetResult();
            _messageArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    private void Complete(JsonObject reply)
    {
        if (reply["id"] is not JsonValue idValue || !_pending.TryGetValue(idValue.GetValue<int>(), out TaskCompletionSource<JsonNode?>? pending))
        {
            return;
        }
        if ((bool?)reply["ok"] == true)
        {
            pending.TrySetResult(reply["result"]?.DeepClone());
        }
        else
        {
            pending.TrySetException(new InvalidOperationException($"Playground request failed: {(string?)reply["error"]}"));
        }
    }
}
