using System.Text.Json.Nodes;
using TeamsBookingsBot.Teams.Protocol;

namespace TeamsBookingsBot.Protocol;

public sealed class ActivityRoundTripTests
{
    public static TheoryData<string> Files => new(TeamsFixtures.AllJsonFiles());

    [Theory]
    [MemberData(nameof(Files))]
    public void Fixture_ParsedAndWrittenBack_LosesNothing(string relativePath)
    {
        if (TeamsFixtures.IsNonActivity(relativePath))
        {
            return;
        }
        IReadOnlyList<JsonObject> activities = TeamsFixtures.ActivitiesIn(TeamsFixtures.Load(relativePath));
        Assert.True(activities.Count > 0, $"{relativePath} holds no activity and is not listed as a non-activity file");

        foreach (JsonObject original in activities)
        {
            Assert.True(ActivityJson.TryParse(original.ToJsonString(), out Activity? activity, out string error), error);
            JsonNode? written = JsonNode.Parse(ActivityJson.Serialize(activity));

            Assert.Null(JsonTree.FirstDifference(original, written));
        }
    }

    [Fact]
    public void Fixtures_AllThreeFolders_AreCovered()
    {
        IReadOnlyList<string> files = TeamsFixtures.AllJsonFiles();

        Assert.Contains(files, f => f.StartsWith("recorded/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("derived/", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("playground/", StringComparison.Ordinal));
        Assert.True(files.Count(f => !TeamsFixtures.IsNonActivity(f)) >= 30, "expected at least 30 activity fixtures");
    }

    [Fact]
    public void JsonTree_ReformattedTimestamp_IsADifference()
    {
        JsonNode original = JsonNode.Parse("""{"timestamp":"2021-11-09T04:47:30.91Z","n":1.0}""")!;

        Assert.NotNull(JsonTree.FirstDifference(original, JsonNode.Parse("""{"timestamp":"2021-11-09T04:47:30.9100000+00:00","n":1.0}""")));
        Assert.NotNull(JsonTree.FirstDifference(original, JsonNode.Parse("""{"timestamp":"2021-11-09T04:47:30.91Z","n":1}""")));
        Assert.Null(JsonTree.FirstDifference(original, JsonNode.Parse("""{"n":1.0,"timestamp":"2021-11-09T04:47:30.91Z"}""")));
    }

    [Fact]
    public void Timestamp_UnchangedValue_KeepsReceivedText()
    {
        Assert.True(ActivityJson.TryParse("""{"type":"message","timestamp":"2021-11-09T04:47:30.91Z"}""", out Activity? activity, out _));

        Assert.Equal(new DateTimeOffset(2021, 11, 9, 4, 47, 30, 910, TimeSpan.Zero), activity.Timestamp);
        Assert.Contains("\"2021-11-09T04:47:30.91Z\"", ActivityJson.Serialize(activity), StringComparison.Ordinal);
    }

    [Fact]
    public void Timestamp_Changed_WritesNewValue()
    {
        Assert.True(ActivityJson.TryParse("""{"type":"message","timestamp":"2021-11-09T04:47:30.91Z"}""", out Activity? activity, out _));

        activity.Timestamp = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        JsonNode written = JsonNode.Parse(ActivityJson.Serialize(activity))!;
        Assert.Equal("2026-01-02T03:04:05.0000000+00:00", written["timestamp"]!.GetValue<string>());
    }

    [Fact]
    public void Timestamp_Unparseable_IsKeptAndDoesNotRejectTheActivity()
    {
        Assert.True(ActivityJson.TryParse("""{"type":"message","timestamp":"yesterday"}""", out Activity? activity, out _));

        Assert.Null(activity.Timestamp);
        Assert.Contains("\"timestamp\":\"yesterday\"", ActivityJson.Serialize(activity), StringComparison.Ordinal);
    }

    [Fact]
    public void Serialize_NullProperties_AreOmitted()
    {
        string json = ActivityJson.Serialize(new Activity { Type = ActivityTypes.Message, Text = "hi" });

        Assert.Equal("""{"type":"message","text":"hi"}""", json);
    }
}
