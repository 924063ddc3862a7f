namespace TeamsBookingsBot.Sandbox.Graph;

/// <summary>What the sandbox Graph server has seen, for tests and the benchmark.</summary>
public sealed class SandboxGraphCounters
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, int> requests = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> inFlight = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> maxInFlight = new(StringComparer.OrdinalIgnoreCase);
    private int throttled;
    private int faults;

    /// <summary>Requests of one kind: business, calendarView, appointments, appointment, customers, services, staffMembers.</summary>
    public int Requests(string kind)
    {
        lock (gate)
        {
            return requests.GetValueOrDefault(kind);
        }
    }

    public int TotalRequests
    {
        get
        {
            lock (gate)
            {
                return requests.Values.Sum();
            }
        }
    }

    /// <summary>The most requests for <paramref name="mailbox"/> that were in flight at once, throttled ones included.</summary>
    public int MaxInFlight(string mailbox)
    {
        lock (gate)
        {
            return maxInFlight.GetValueOrDefault(mailbox);
        }
    }

    /// <summary>429s sent because a mailbox had more than four requests in flight.</summary>
    public int ThrottledResponses
    {
        get
        {
            lock (gate)
            {
                return throttled;
            }
        }
    }

    /// <summary>Responses replaced by an injected fault.</summary>
    public int InjectedFaults
    {
        get
        {
            lock (gate)
            {
                return faults;
            }
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            requests.Clear();
            maxInFlight.Clear();
            throttled = 0;
            faults = 0;
        }
    }

    internal int Enter(string kind, string mailbox)
    {
        lock (gate)
        {
            requests[kind] = requests.GetValueOrDefault(kind) + 1;
            int now = inFlight[mailbox] = inFlight.GetValueOrDefault(mailbox) + 1;
            maxInFlight[mailbox] = Math.Max(now, maxInFlight.GetValueOrDefault(mailbox));
            return now;
        }
    }

    internal void Exit(string mailbox)
    {
        lock (gate)
        {
            inFlight[mailbox] = inFlight.GetValueOrDefault(mailbox) - 1;
        }
    }

    internal void CountThrottled()
    {
        lock (gate)
        {
            throttled++;
        }
    }

    internal void CountFault()
    {
        lock (gate)
        {
            faults++;
        }
    }
}
